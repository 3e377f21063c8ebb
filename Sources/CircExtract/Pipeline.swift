import CircReader
import CircText
import Foundation

/// The whole way from a file to its registry entry: read → normalise → tokenize → structure
/// → extract. One `Pipeline` is built per process (lexicons load once) and is thread-safe,
/// so ingest can run it on both cores.
public final class Pipeline: Sendable {
    public let lexicons: LexiconStore
    public let reader: DocumentReader
    public let text: TextPipeline
    let metadata: MetadataExtractor
    let addressees: AddresseeExtractor
    let references: ReferenceExtractor
    let deadlines: DeadlineExtractor
    let obligations: ObligationExtractor
    let headerVocabulary: HeaderVocabulary

    public init(lexicons: LexiconStore, reader: DocumentReader = DocumentReader()) throws {
        self.lexicons = lexicons
        self.reader = reader
        text = try TextPipeline(store: lexicons)
        metadata = try MetadataExtractor(store: lexicons, months: text.lexicons.months)
        addressees = try AddresseeExtractor(store: lexicons)
        references = try ReferenceExtractor(store: lexicons)
        deadlines = try DeadlineExtractor(store: lexicons)
        obligations = try ObligationExtractor(store: lexicons, addressees: addressees)
        headerVocabulary = try HeaderVocabulary(store: lexicons, titles: addressees.titles, recipientOnly: addressees.recipientOnlyIds)
    }

    public convenience init() throws { try self.init(lexicons: LexiconStore.locate()) }

    public func extract(path: String) throws -> CircDocument {
        extract(try reader.read(path: path))
    }

    /// Tokenized and structured, before extraction (for `circ tokenize` and tests).
    public func structure(_ source: SourceDocument) -> DocumentStructure {
        StructureBuilder(tt: text.tokenize(source), pageTexts: text.lexicons.pageTexts, certifications: text.lexicons.certifications).build()
    }

    /// The longest text (in scalars) whose duties are found beside its references and
    /// deadlines. Past it they run alone: their working set on a text of directives line
    /// after line is the extraction's peak, and a stage beside it would add its own
    /// (`HostileInputTests`' 20,000 footnote lines).
    static let sideBySideDuties = 1 << 18

    /// `CIRC_PROFILE=1` prints each stage's time on stderr: where a slow document spends it.
    static let profiling = ProcessInfo.processInfo.environment["CIRC_PROFILE"] == "1"

    @inline(__always) func stage<T>(_ name: String, _ body: () -> T) -> T {
        guard Self.profiling else { return body() }
        let t0 = DispatchTime.now().uptimeNanoseconds
        let r = body()
        FileHandle.standardError.write("circ-profile \(name): \(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6) ms\n".data(using: .utf8)!)
        return r
    }

    /// Takes the source by value and lets its text go once normalised: the normalised text
    /// quotes the source by itself, and a large document need not be held twice.
    public func extract(_ source: consuming SourceDocument) -> CircDocument {
        let (path, digest, format) = (source.path, source.sha256, source.format.rawValue)
        var held: SourceDocument? = consume source
        // Moved out, not copied: the tokenizer's consuming parameter then holds the only reference.
        let tt = stage("normalise+tokenize") { text.tokenize(held.take()!) }
        // The structure and the word keys (for the references and the deadlines) at once:
        // both read only the tokens.
        var keys: TokenKeys?
        let structure: DocumentStructure
        (structure, keys) = concurrently(
            { self.stage("structure") { StructureBuilder(tt: tt, pageTexts: self.text.lexicons.pageTexts, certifications: self.text.lexicons.certifications).build() } },
            { self.stage("keys") { Optional(TokenKeys(tt)) } })
        let info = SourceInfo(path: path, sha256: digest, format: format, length: structure.text.text.count)
        let read = readHeader(structure)
        var doc = CircDocument(source: info, metadata: read.meta)
        doc.sections = structure.sections
        doc.footnotes = structure.footnotes
        doc.addressees = read.addressees
        let ctx = read.ctx
        // The duties go straight into the document: a second reference to their array would
        // make the linker's edits copy it whole (a debug build keeps a local to its scope's end).
        let refs: ReferenceResult, dl: DeadlineResult
        if structure.text.text.count <= Self.sideBySideDuties {
            // A short text: its duties (most of its time) on one core, its references then
            // its deadlines on the other.
            ((refs, dl), doc.obligations) = { [k = keys!, addressees = read.addressees] in
                concurrently({ (self.stage("references") { self.references.extract(ctx, keys: k) },
                                self.stage("deadlines") { self.deadlines.extract(ctx, keys: k) }) },
                             { self.stage("obligations") { self.obligations.extract(ctx, addressees: addressees) } })
            }()
            keys = nil
        } else {
            // The references on one core, the deadlines on the other (then the tail of a long
            // text's references: `ReferenceExtractor.extract(_:keys:beside:)`): neither reads
            // the other's result. The duties come after, alone, once the keys are let go: a
            // long text of directives line after line holds its largest working set there (a
            // peak no second stage adds to).
            (refs, dl) = { [k = keys!] in
                self.stage("references") { self.references.extract(ctx, keys: k) { self.stage("deadlines") { self.deadlines.extract(ctx, keys: k) } } }
            }()
            keys = nil
            doc.obligations = stage("obligations") { obligations.extract(ctx, addressees: read.addressees) }
        }
        // A citation that cannot be made canonical ("l'article 40" with no code anywhere) is
        // not a reference a juriste could query: it stays a warning with its span.
        // Nor are the other texts a bulletin's table of contents lists.
        doc.references = structure.outsideContents(refs.references.filter { $0.kind != .unknown }) { $0.span.start }
        doc.warnings += refs.warnings
        doc.durations = dl.durations
        doc.warnings += dl.warnings
        doc.deadlines = dl.deadlines
        if ctx.isPress {
            // A press item's dates and rhythms are the reporter's unless a reported directive
            // carries them.
            let spans = doc.obligations.map(\.span).sorted()
            let starts = spans.map(\.start)
            doc.deadlines = dl.deadlines.filter { ObligationLinker.inside($0.span, spans, starts: starts) }
            if doc.addressees.isEmpty { doc.addressees = addressees.reportedRequestAddressees(doc.obligations) }
        }
        if structure.textEnd != nil || structure.textStart != nil {
            Self.keepOwnText(&doc, start: structure.textStart ?? 0, end: structure.textEnd ?? Int.max)
        }
        stage("link") { ObligationLinker.link(&doc, structure: structure) }
        return doc
    }

    /// What the header says and who the text speaks to: the metadata, the context the
    /// extractors share, and the addressees.
    func readHeader(_ structure: DocumentStructure) -> (meta: Metadata, ctx: ExtractionContext, addressees: [Addressee]) {
        let header = stage("header") { HeaderScanner(vocab: headerVocabulary, tt: structure.text, months: text.lexicons.months).scan() }
        let meta = stage("metadata") { metadata.extract(structure, header: header) }
        var ctx = ExtractionContext(structure: structure, documentDate: meta.date.flatMap(CivilDate.init(iso:)), kind: meta.kind)
        ctx.header = header
        ctx.emitter = meta.emitter
        if let name = meta.signatory { ctx.authorWords = Set(name.split(separator: " ").map { Fold.string(String($0)) }.filter { $0.count >= 3 }) }
        let addressees = stage("addressees") { self.addressees.extract(ctx) }
        return (meta, ctx, addressees)
    }

    /// A page that prints several texts is the document of its first (of the second when
    /// the page opens on the tail of the text before): the references, deadlines, durations
    /// and directives outside `start..<end` are the other texts'.
    static func keepOwnText(_ doc: inout CircDocument, start: Int, end: Int) {
        let own = start..<end
        doc.references.removeAll { !own.contains($0.span.start) }
        doc.deadlines.removeAll { !own.contains($0.span.start) }
        doc.durations.removeAll { !own.contains($0.span.start) }
        doc.obligations.removeAll { !own.contains($0.span.start) }
    }
}
