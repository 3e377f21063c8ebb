/// The scalars of a normalised text, two bytes each.
///
/// Why not `[Unicode.Scalar]`: it takes four bytes a character, and the normalised text is
/// the largest thing a run holds (40 MB of a 10 MB circular's 100 MB peak). French text
/// lives in the Basic Multilingual Plane; the rare scalar beyond it (an emoji) is stored as
/// a surrogate code unit — never a scalar itself, so never ambiguous — with its value in a
/// side table keyed by offset. Offsets stay scalar offsets: one unit per scalar.
public struct ScalarStore: Sendable, RandomAccessCollection, MutableCollection {
    @usableFromInline var units: [UInt16]
    /// Scalars above U+FFFF by offset; read only where `units` holds `marker`.
    @usableFromInline var astral: [Int32: Unicode.Scalar]

    @usableFromInline static let marker: UInt16 = 0xD800

    public init() { units = []; astral = [:] }

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        units = []
        astral = [:]
        units.reserveCapacity(scalars.underestimatedCount)
        for s in scalars { append(s) }
    }

    /// Decodes validated UTF-8 (a Swift string's storage) straight into two-byte units.
    init(utf8 u8: UnsafeBufferPointer<UInt8>) {
        var astral: [Int32: Unicode.Scalar] = [:]
        units = [UInt16](unsafeUninitializedCapacity: u8.count) { out, count in
            var k = 0
            let dst = UnsafeMutableRawPointer(out.baseAddress)
            UTF8Scalars.forEach(u8, ascii8: { w in
                guard let dst else { return false }
                dst.storeBytes(of: UTF8Scalars.widen(w).littleEndian, toByteOffset: 2 * k, as: UInt64.self)
                dst.storeBytes(of: UTF8Scalars.widen(w >> 32).littleEndian, toByteOffset: 2 * k + 8, as: UInt64.self)
                k += 8
                return true
            }) { v in
                if v > 0xFFFF {
                    astral[Int32(k)] = unsafeBitCast(v, to: Unicode.Scalar.self)
                    out[k] = Self.marker
                } else {
                    out[k] = UInt16(truncatingIfNeeded: v)
                }
                k += 1
            }
            count = k
        }
        self.astral = astral
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { units.count }
    @inline(__always) public func index(after i: Int) -> Int { i + 1 }
    @inline(__always) public func index(before i: Int) -> Int { i - 1 }

    public subscript(i: Int) -> Unicode.Scalar {
        @inline(__always) get {
            let u = units[i]
            if _slowPath(u & 0xF800 == 0xD800) { return astral[Int32(truncatingIfNeeded: i)] ?? "\u{FFFD}" }
            return unsafeBitCast(UInt32(u), to: Unicode.Scalar.self)
        }
        set {
            if newValue.value > 0xFFFF {
                units[i] = Self.marker
                astral[Int32(i)] = newValue
            } else {
                units[i] = UInt16(truncatingIfNeeded: newValue.value)
            }
        }
    }

    public mutating func append(_ s: Unicode.Scalar) {
        if s.value > 0xFFFF {
            astral[Int32(units.count)] = s
            units.append(Self.marker)
        } else {
            units.append(UInt16(truncatingIfNeeded: s.value))
        }
    }

    /// Unchecked reads for the hot loops (tokenizer, normaliser).
    public func withView<R>(_ body: (ScalarView) throws -> R) rethrows -> R {
        try units.withUnsafeBufferPointer { u in
            try withUnsafePointer(to: astral) { try body(ScalarView(units: u, astral: $0)) }
        }
    }

    /// Unchecked writes for the normaliser's passes; a scalar beyond U+FFFF written through
    /// the view lands in the side table like any other.
    public mutating func withMutableView<R>(_ body: (MutableScalarView) throws -> R) rethrows -> R {
        var side = astral
        astral = [:]
        defer { astral = side }
        return try units.withUnsafeMutableBufferPointer { u in
            try withUnsafeMutablePointer(to: &side) { try body(MutableScalarView(units: u, astral: $0)) }
        }
    }
}

/// A collection of scalars indexed by their offset from 0, as the views over a store are.
public protocol OffsetIndexed: RandomAccessCollection where Index == Int, Element == Unicode.Scalar {}

extension OffsetIndexed {
    public var startIndex: Int { 0 }
    @inline(__always) public func index(after i: Int) -> Int { i + 1 }
    @inline(__always) public func index(before i: Int) -> Int { i - 1 }
    public var count: Int { endIndex }
}

/// Read access to a `ScalarStore` without bounds checks, valid inside `withView`. Two
/// pointers and no reference: passing it to the tokenizer's helpers costs no retain.
public struct ScalarView: OffsetIndexed {
    @usableFromInline let units: UnsafeBufferPointer<UInt16>
    @usableFromInline let astral: UnsafePointer<[Int32: Unicode.Scalar]>
    @usableFromInline init(units: UnsafeBufferPointer<UInt16>, astral: UnsafePointer<[Int32: Unicode.Scalar]>) {
        self.units = units; self.astral = astral
    }
    public var endIndex: Int { units.count }
    @inline(__always) public subscript(i: Int) -> Unicode.Scalar {
        let u = units[i]
        if _slowPath(u & 0xF800 == 0xD800) { return astral.pointee[Int32(truncatingIfNeeded: i)] ?? "\u{FFFD}" }
        return unsafeBitCast(UInt32(u), to: Unicode.Scalar.self)
    }
}

/// Write access to a `ScalarStore`, valid inside `withMutableView`.
public struct MutableScalarView: OffsetIndexed, MutableCollection {
    @usableFromInline let units: UnsafeMutableBufferPointer<UInt16>
    @usableFromInline let astral: UnsafeMutablePointer<[Int32: Unicode.Scalar]>
    @usableFromInline init(units: UnsafeMutableBufferPointer<UInt16>, astral: UnsafeMutablePointer<[Int32: Unicode.Scalar]>) {
        self.units = units; self.astral = astral
    }
    public var endIndex: Int { units.count }
    public subscript(i: Int) -> Unicode.Scalar {
        @inline(__always) get {
            let u = units[i]
            if _slowPath(u & 0xF800 == 0xD800) { return astral.pointee[Int32(truncatingIfNeeded: i)] ?? "\u{FFFD}" }
            return unsafeBitCast(UInt32(u), to: Unicode.Scalar.self)
        }
        nonmutating set {
            if newValue.value > 0xFFFF {
                units[i] = ScalarStore.marker
                astral.pointee[Int32(i)] = newValue
            } else {
                units[i] = UInt16(truncatingIfNeeded: newValue.value)
            }
        }
    }
}
