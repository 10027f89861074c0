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

    @Test func aWideCharacterNeverHangsOffTheEdge() {
        var canvas = Canvas(size: TerminalSize(columns: 3, rows: 1))
        #expect(canvas.write("a日本", x: 0, y: 0) == 3)
        #expect(canvas.text == "a日")
        canvas.fill("-", x: 2, y: 0, width: 1)
        #expect(canvas.text == "a -")
    }
}
