import XCTest

final class PlaceholderCircTextTests: XCTestCase { func testNothing() {} }
