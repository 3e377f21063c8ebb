import XCTest

final class PlaceholderCircRegistryTests: XCTestCase { func testNothing() {} }
