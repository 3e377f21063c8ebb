import Foundation

/// Minimal PDFs written byte by byte, so the hostile-input tests need no PDF tool beyond the
/// pdftotext that circ itself calls.
enum HostilePDF {
    /// A one-page PDF whose page content is `content`; `extraObjects` are appended after the
    /// page's objects (numbered from 6) and `trailerExtra` goes into the trailer dictionary.
    static func make(content: String, extraObjects: [String] = [], trailerExtra: String = "") -> Data {
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        objects += extraObjects
        var out = "%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n"
        var body = Data(out.utf8)
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(body.count)
            body.append(Data("\(i + 1) 0 obj\n\(o)\nendobj\n".utf8))
        }
        let xref = body.count
        out = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R \(trailerExtra)>>\nstartxref\n\(xref)\n%%EOF\n"
        body.append(Data(out.utf8))
        return body
    }

    static let textContent = "BT /F1 12 Tf 72 770 Td (Objet : controle des titres de sejour.) Tj 0 -16 Td (Le prefet doit notifier la decision dans un delai de huit jours.) Tj ET"

    /// A page with real text: the positive control.
    static var withText: Data { make(content: textContent) }

    /// A page that only paints a rectangle and an inline image: no text operator at all,
    /// which is what a scan looks like to pdftotext.
    static var imageOnly: Data {
        make(content: "q 0.2 0.2 0.2 rg 72 600 300 150 re f Q q 100 0 0 100 72 400 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u{0}\u{FF}\u{FF}\u{0} EI Q")
    }

    /// Encrypted with the standard security handler (RC4 40-bit) under a user password the
    /// reader does not have: the /U entry matches no password, so pdftotext must refuse it.
    static var encrypted: Data {
        let o = String(repeating: "5A", count: 32), u = String(repeating: "C3", count: 32)
        let id = "<0123456789ABCDEF0123456789ABCDEF>"
        return make(content: textContent,
                    extraObjects: ["<< /Filter /Standard /V 1 /R 2 /O <\(o)> /U <\(u)> /P -44 >>"],
                    trailerExtra: "/Encrypt 6 0 R /ID [\(id) \(id)] ")
    }
}
