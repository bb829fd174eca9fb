/// Turns WasmParser's error descriptions into the spec's wording (what the spec suite expects
/// and what other engines print), keeping the parser's detail after it.
enum DecodingErrors {
    /// Substrings of WasmParser's messages and the spec's wording for them, first match wins.
    private static let wording: [(String, String)] = [
        ("malformed UTF-8 encoding", "malformed UTF-8 encoding"),
        ("Sections in the module are out of order", "unexpected content after last section"),
        ("integerRepresentationTooLong", "integer representation too long"),
        ("Integer representation is too long", "integer representation too long"),
        ("magic header not detected", "magic header not detected"),
        ("unknown binary version", "unknown binary version"),
        ("Unexpected end of byte sequence", "unexpected end"),
        ("Unexpected end of the stream", "unexpected end"),
        ("unexpected end-of-file", "unexpected end"),
        ("Zero expected", "zero byte expected"),
        ("malformed section id", "malformed section id"),
        ("Malformed mutability", "malformed mutability"),
        ("Too many locals", "too many locals"),
        ("Section size mismatch", "section size mismatch"),
        ("Expected reference type", "malformed reference type"),
        ("Illegal opcode", "illegal opcode"),
        ("`end` opcode expected", "END opcode expected"),
    ]

    static func message(for error: any Error) -> String {
        let detail = "\(error)"
        if detail == "overflow" { return "integer too large" }
        for (needle, spec) in wording where detail.contains(needle) { return "\(spec) (\(detail))" }
        return detail
    }
}
