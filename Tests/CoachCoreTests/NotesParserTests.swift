import CoachCore
import TestSupport
import Testing

@Suite struct NotesParserTests {
    @Test func readsEveryFormOfNote() {
        let text = """
        ---
        account: Acme Retail
        contact: Nick
        ---
        # a comment
        [00:04] me: How has the season been?
        [00:20] c: Sales are flat.
        [00:25] them: Footfall is up.
        [00:26] Customer: Honestly.
        [00:31] he sounds tired
        [03:20] /need shelf training that sticks
        [03:25] /stage opportunity
        [1:07:55] /next call with regional managers
        /mark
        /mark price came up
        no stamp here
        """
        let result = NotesParser.parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.document.frontMatter["account"] == "Acme Retail")
        #expect(result.document.frontMatter["contact"] == "Nick")
        #expect(result.document.notes == [
            .said(.me, "How has the season been?", at: 4),
            .said(.customer, "Sales are flat.", at: 20),
            .said(.customer, "Footfall is up.", at: 25),
            .said(.customer, "Honestly.", at: 26),
            .said(.observation, "he sounds tired", at: 31),
            Note(elapsed: 200, body: .need("shelf training that sticks")),
            Note(elapsed: 205, body: .stage(.opportunity)),
            Note(elapsed: 4075, body: .nextStep("call with regional managers")),
            Note(body: .mark("")),
            Note(body: .mark("price came up")),
            .said(.observation, "no stamp here"),
        ])
        #expect(result.document.lines == [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])
    }

    @Test func acceptsCRLFBlankLinesAndABOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("me: Hi?\r\n\r\n   \r\nc: Hello\r\n".utf8)
        let result = NotesParser.parse(bytes: bytes)
        #expect(result.diagnostics.isEmpty)
        #expect(result.document.notes == [.said(.me, "Hi?"), .said(.customer, "Hello")])
        #expect(result.document.lines == [1, 4])
    }

    @Test func aBadStampShowsTheExpectedForm() {
        let result = NotesParser.parse("me: ok\n  [3:2] me: hi\n[00:61] c: no")
        #expect(result.document.notes.count == 1)
        #expect(result.diagnostics.map(\.line) == [2, 3])
        #expect(result.diagnostics[0].column == 3)
        #expect(result.diagnostics[0].message.contains("'[3:2]'"))
        #expect(result.diagnostics[0].message.contains("[mm:ss] or [h:mm:ss]"))
    }

    @Test func anUnknownCommandListsTheKnownOnes() {
        let result = NotesParser.parse("[00:10] /stg opportunity")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].column == 9)
        #expect(result.diagnostics[0].message == "unknown command '/stg'; known commands: /stage, /need, /next, /mark")
    }

    @Test func anUnknownStagePointsAtTheStage() {
        let result = NotesParser.parse("/stage closing")
        #expect(result.diagnostics.first?.column == 8)
        #expect(result.diagnostics.first?.message.contains("relationship, opportunity, commitment") == true)
    }

    @Test func commandsWithoutTheirTextSayWhatToWrite() {
        let result = NotesParser.parse("/need\n/next   \n/stage\nme:   ")
        #expect(result.document.notes.isEmpty)
        #expect(result.diagnostics.map(\.line) == [1, 2, 3, 4])
        #expect(result.diagnostics.allSatisfy { $0.message.contains("e.g.") || $0.message.contains("one of") || $0.message.contains("after the prefix") })
    }

    @Test func invalidUTF8IsADiagnosticAndTheRestIsRead() {
        let bytes: [UInt8] = Array("me: caf".utf8) + [0xC3] + Array(" x\nc: fine\n".utf8)
        let result = NotesParser.parse(bytes: bytes)
        #expect(result.document.notes == [.said(.customer, "fine")])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].line == 1)
        #expect(result.diagnostics[0].column == 8)
        #expect(result.diagnostics[0].message.contains("UTF-8"))
    }

    @Test func columnsCountCharactersNotBytes() {
        let result = NotesParser.parse("  /bogus é")
        #expect(result.diagnostics.first?.column == 3)
        let wide = NotesParser.parse("é [x")
        #expect(wide.diagnostics.isEmpty, "a bracket inside an observation is text")
    }

    @Test func unclosedFrontMatterIsReportedAndTheNotesStillRead() {
        let result = NotesParser.parse("---\naccount: Acme\nme: Hello?")
        #expect(result.diagnostics.map(\.line) == [1])
        #expect(result.document.notes.contains(.said(.me, "Hello?")))
    }

    @Test func unknownFrontMatterKeysWarnButAreKept() {
        let result = NotesParser.parse("---\nacount: Acme\n---\nme: Hi")
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.message.contains("account, contact, date, scenario") == true)
        #expect(result.document.frontMatter["acount"] == "Acme")
    }

    @Test func commentsMayComeBeforeTheFrontMatter() {
        let result = NotesParser.parse("# a call we imported\n---\naccount: Acme\n---\nme: Hi")
        #expect(result.diagnostics.isEmpty)
        #expect(result.document.frontMatter["account"] == "Acme")
        #expect(result.document.notes.count == 1)
    }

    @Test func everyCorpusCallReadsCleanly() throws {
        for name in try Fixtures.corpusCallNames() {
            let result = NotesParser.parse(try Fixtures.text("\(name).notes"))
            #expect(result.diagnostics.isEmpty, "\(name)")
            #expect(result.document.notes.count > 5, "\(name)")
        }
    }

    @Test func aControlCharacterIsReadAsASpaceWithAWarning() {
        let parsed = NotesParser.parse("me: shelves\u{0B}\r and stock\u{1B}[31m\nc: fine\r\n")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.document.notes.map(\.text) == ["shelves   and stock [31m", "fine"])
        #expect(parsed.diagnostics.map(\.description) == [
            "1:12: warning: a control character (U+000B) was read as a space; notes are plain text",
        ])
        #expect(NotesParser.parse(NotesWriter.write(parsed.document)).document.notes == parsed.document.notes)
    }

    /// U+009B is the one-character form of ESC [ to a terminal that honours C1 controls.
    @Test func aC1ControlIsReadAsASpaceToo() {
        let parsed = NotesParser.parse("me: stock\u{9B}2J levels\u{85}\nc: \u{9B}fine\u{9B}\n")
        #expect(parsed.document.notes.map(\.text) == ["stock 2J levels", "fine"])
        #expect(parsed.diagnostics.map(\.description) == [
            "1:10: warning: a control character (U+009B) was read as a space; notes are plain text",
            "2:4: warning: a control character (U+009B) was read as a space; notes are plain text",
        ])
        #expect(NotesParser.parse(NotesWriter.write(parsed.document)).document.notes == parsed.document.notes)
    }
}

@Suite struct SpeakerPrefixTests {
    @Test func aTypedPrefixSaysWhoAndAnythingElseDoesNot() {
        #expect(SpeakerPrefix.split("c: Sales are flat.")! == (.customer, "Sales are flat."))
        #expect(SpeakerPrefix.split("Them:  Footfall is up ")! == (.customer, "Footfall is up"))
        #expect(SpeakerPrefix.split("private: #1 priority is cost")! == (.observation, "#1 priority is cost"))
        #expect(SpeakerPrefix.split("me:") == nil)
        #expect(SpeakerPrefix.split("Note: they mentioned a budget") == nil)
        #expect(SpeakerPrefix.split("[00:10] me: hi") == nil)
        #expect(SpeakerPrefix.split("Sales are flat") == nil)
    }
}
