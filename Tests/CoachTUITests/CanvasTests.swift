import CoachTUI
import Testing

@Suite struct CanvasTests {
    @Test func writingOverHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(size: TerminalSize(columns: 6, rows: 1))
        canvas.write("日本語", x: 0, y: 0)
        canvas.write("a", x: 1, y: 0)
        canvas.write("b", x: 2, y: 0)
        #expect(canvas.text == " ab 語")
        #expect(!canvas[3, 0].isContinuation)
    }

    @Test func aWideCharacterNeverHangsOffTheEdgeAndACutEndsInAnEllipsis() {
        var canvas = Canvas(size: TerminalSize(columns: 3, rows: 1))
        #expect(canvas.write("a日本", x: 0, y: 0) == 2)
        #expect(canvas.text == "a…")
        #expect(!canvas[2, 0].isContinuation, "no half of 日 is left behind the ellipsis")
        canvas.fill("-", x: 2, y: 0, width: 1)
        #expect(canvas.text == "a…-")
    }

    @Test func textThatFitsIsWrittenWholeAndTextThatDoesNotEndsInAnEllipsis() {
        var canvas = Canvas(size: TerminalSize(columns: 20, rows: 2))
        #expect(canvas.write("whole words", x: 0, y: 0, limit: 11) == 11)
        #expect(canvas.write("whole words", x: 0, y: 1, limit: 8) == 8)
        #expect(canvas.text == "whole words\nwhole w…")
    }
}
