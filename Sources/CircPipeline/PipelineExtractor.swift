import Foundation
import CircExtract
import CircReader
import CircRegistry

/// The extractor as the registry's ingest uses it. The registry reads documents through
/// `CircContract` and does not link the extractor (nor ICU); this target wires the two.
public struct PipelineExtractor: DocumentExtracting {
    public let pipeline: Pipeline

    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    public func read(path: String) throws -> SourceDocument { try pipeline.reader.read(path: path) }

    public func extract(_ source: SourceDocument) throws -> CircDocument { pipeline.extract(source) }
}

extension Ingester {
    /// An ingester that extracts with `pipeline`.
    public convenience init(registry: Registry, pipeline: Pipeline, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.init(registry: registry, extractor: PipelineExtractor(pipeline: pipeline), workers: workers)
    }
}
