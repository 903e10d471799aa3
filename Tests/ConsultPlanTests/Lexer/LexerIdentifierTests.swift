// Identifiers and reserved words: whole runs, CJK names, contextual keywords,
// interpolated IDs, and canonical equivalence of names.
import Testing
@testable import ConsultPlan

@Suite struct LexerIdentifierTests {
    @Test func cjkAndMixedNames() {
        #expect(dumps("经济委员会 m03 界别1 买买提·艾力 _x follow_up") == [
            "ident 经济委员会", "ident m03", "ident 界别1", "ident 买买提·艾力", "ident _x", "ident follow_up",
        ])
    }

    @Test func aWholeRunIsOneToken() {
        // `界别1` is a name, not the keyword `界别` and `1`; `每2周` is one name too.
        #expect(dumps("界别1 每2周 and1 inside") == ["ident 界别1", "ident 每2周", "ident and1", "ident inside"])
    }

    @Test func reservedWordsInBothLanguages() {
        for word in ReservedWord.allCases {
            #expect(tokens(word.rawValue).first?.kind == .reserved(word))
            for alias in word.chineseAliases {
                let t = tokens(alias).first
                #expect(t?.kind == .reserved(word))
                #expect(t?.text == alias)
            }
        }
    }

    @Test func contextualKeywordsAreIdentifiers() {
        #expect(kinds(lex("plan meeting 会议 department form 形式 workday")) == Array(repeating: .identifier, count: 7))
    }

    @Test func keywordsAreCaseSensitive() {
        #expect(kinds(lex("Let IF True")) == [.identifier, .identifier, .identifier])
    }

    @Test func namesCompareUnderCanonicalEquivalence() {
        // `é` precomposed and decomposed are the same name.
        let a = tokens("caf\u{E9}").first?.text
        let b = tokens("cafe\u{301}").first?.text
        #expect(a == b)
        #expect(tokens("cafe\u{301}").count == 1)
    }

    @Test func interpolatedIdentifiers() {
        let t = tokens("topic_\\(i) m\\(i)_x m\\(i)\\(j)")
        #expect(t.map(\.kind) == [.interpolatedIdentifier, .interpolatedIdentifier, .interpolatedIdentifier])
        #expect(t.map(\.text) == ["topic_\\(i)", "m\\(i)_x", "m\\(i)\\(j)"])
        #expect(dump(t[0]) == "interpIdent topic_\\(i) =[\"topic_\", \\(ident i)]")
        #expect(dump(t[1]) == "interpIdent m\\(i)_x =[\"m\", \\(ident i), \"_x\"]")
        #expect(dump(t[2]) == "interpIdent m\\(i)\\(j) =[\"m\", \\(ident i), \\(ident j)]")
        guard case .pieces(let pieces) = t[0].value, case .interpolation(_, let span) = pieces[1] else {
            Issue.record("no interpolation")
            return
        }
        #expect(span.start == 6 && span.end == 10)
    }

    @Test func interpolationInsideIdentifierHoldsExpressions() {
        let t = tokens("m_\\(i + 1)")
        #expect(dump(t[0]) == "interpIdent m_\\(i + 1) =[\"m_\", \\(ident i; punct +; int 1 =1)]")
    }

    @Test func unterminatedInterpolationInAName() {
        let r = expectDiagnostic("CP0109", at: "meeting topic_1️⃣\\(i \"专题\"\n")
        #expect(r?.line == 1 && r?.column == 15)
        let s = lex("meeting topic_\\(i \"专题\"\nx")
        #expect(kinds(s) == [.identifier, .interpolatedIdentifier, .newline, .identifier])
    }

    @Test func fullWidthDigitsInsideNamesAreMapped() {
        let s = lex("界别１")
        #expect(s.tokens.first?.text == "界别1")
        #expect(codes(s) == ["CP0120"])
    }

    @Test func asciiReservedKeysMatch() {
        // The packed-byte constants of the ASCII fast path, against the spellings.
        var matched = 0
        for word in ReservedWord.allCases where word.rawValue.utf8.allSatisfy({ $0 < 0x80 }) {
            let key = word.rawValue.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            #expect(LexerState.asciiReserved(packed: key) == word)
            matched += 1
        }
        #expect(matched == ReservedWord.allCases.count)
        #expect(LexerState.asciiReserved(packed: 0x6C65) == nil)  // "le"
    }

    @Test func keywordLookupAgreesWithTheKeywordTables() {
        for (spelling, kind) in Keywords.declarations { #expect(KeywordLookup.declarations.lookup(spelling) == kind) }
        for (spelling, name) in Keywords.attributes { #expect(KeywordLookup.attributes.lookup(spelling) == name) }
        for spelling in Keywords.allSpellings.union(["", "x", "meetings", "skip holidays"]) {
            #expect(KeywordLookup.attributes.lookup(spelling) == Keywords.attributes[spelling])
            #expect(KeywordLookup.statementStarts.contains(spelling)
                == (Keywords.declarations[spelling] != nil && Keywords.attributes[spelling] == nil))
            for canonical in Keywords.grammarWords.keys {
                #expect(KeywordLookup.grammarWord(spelling, is: canonical) == Keywords.grammarWord(spelling, is: canonical))
            }
        }
        for (i, kind) in DeclarationKind.allCases.enumerated() { #expect(KeywordLookup.ordinal(kind) == i) }
        for (i, name) in AttributeName.allCases.enumerated() { #expect(KeywordLookup.ordinal(name) == i) }
        for kind in DeclarationKind.allCases {
            for name in AttributeName.allCases {
                #expect(KeywordLookup.allows(kind, name) == (Keywords.attributesByDeclaration[kind]?.contains(name) ?? false))
            }
        }
    }
}
