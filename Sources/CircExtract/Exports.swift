// The model and the lexicons moved out of this module: whoever extracts reads them too.
@_exported import CircContract
@_exported import CircLexicon
