// The bytes of a catalog example, shared by every test that runs the examples
// (catalog consistency, the lexer catalog, localisation).

/// An example's bytes: `\xHH` written in the example stands for the raw byte (the
/// explanations of CP0100 and CP0101 say so).
func catalogExampleBytes(_ text: String) -> [UInt8] {
    let input = Array(text.utf8)
    var out: [UInt8] = []
    var i = 0
    while i < input.count {
        if input[i] == UInt8(ascii: "\\"), i + 3 < input.count, input[i + 1] == UInt8(ascii: "x"),
           let v = UInt8(String(decoding: input[(i + 2)...(i + 3)], as: UTF8.self), radix: 16) {
            out.append(v)
            i += 4
        } else {
            out.append(input[i])
            i += 1
        }
    }
    return out
}
