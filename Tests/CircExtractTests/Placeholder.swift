import XCTest

final class PlaceholderCircExtractTests: XCTestCase { func testNothing() {} }
