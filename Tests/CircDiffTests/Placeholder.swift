import XCTest

final class PlaceholderCircDiffTests: XCTestCase { func testNothing() {} }
