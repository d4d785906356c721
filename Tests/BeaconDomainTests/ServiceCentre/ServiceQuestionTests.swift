import BeaconDomain
import Testing

@Suite("A service's extra questions")
struct ServiceQuestionTests {
    @Test("lines become questions and back")
    func roundTrip() throws {
        let text = """
        bin_type | Which bin was missed? | single | required | General waste; Recycling; Garden

        collection_date | When was it due? | date | optional
        """
        let questions = try ServiceQuestion.parse(text)
        #expect(questions == [
            ServiceQuestion(code: "bin_type", prompt: "Which bin was missed?", kind: .single, required: true, choices: ["General waste", "Recycling", "Garden"]),
            ServiceQuestion(code: "collection_date", prompt: "When was it due?", kind: .date, required: false),
        ])
        #expect(try ServiceQuestion.parse(questions.map(\.line).joined(separator: "\n")) == questions)
    }

    @Test("bad lines are refused with the line number and the reason", arguments: [
        ("size | How big? | huge | required", "Line 1: the type “huge” is not one of text, number, date, single, multiple"),
        ("Size | How big? | number | required", "Line 1: the code “Size” should be lower-case letters, digits and underscores"),
        ("size | How big? | number", "Line 1: write code | prompt | type | required or optional | choices"),
        ("size | How big? | number | maybe", "Line 1: write required or optional, not “maybe”"),
        ("kind | Which? | single | required | Only one", "Line 1: a single choice question needs at least two choices, separated by ;"),
        ("size | How big? | number | required | 1; 2", "Line 1: only choice questions have choices"),
        ("a | A? | text | optional\na | Again? | text | optional", "Line 2: the code a is used twice"),
        ("kind | Which? | single | required | GW = General; Other",
         "Line 1: write a choice's key as lower-case letters, digits and underscores, like gw = General waste"),
        ("kind | Which? | single | required | a = One; a = Two", "Line 1: two choices have the same key"),
    ])
    func refused(line: String, message: String) {
        #expect(throws: ServiceQuestion.Problem(message)) { try ServiceQuestion.parse(line) }
    }

    @Test("a choice's key is written, or made from its name; a description follows the choices")
    func keysAndDescription() throws {
        let line = "bin_type | Which bin? | single | required | gw = General waste; Food & garden; Glass (bottles) "
            + "| The colour of the lid tells"
        let question = try #require(try ServiceQuestion.parse(line).first)

        #expect(question.choices == ["General waste", "Food & garden", "Glass (bottles)"])
        #expect(question.keys == ["gw", "food_garden", "glass_bottles"])
        #expect(question.description == "The colour of the lid tells")
        #expect(question.choice(keyOrName: "food_garden") == "Food & garden")
        #expect(question.choice(keyOrName: "General waste") == "General waste")
        #expect(question.choice(keyOrName: "general_waste") == nil, "a written key replaces the made one")
        #expect(try ServiceQuestion.parse(question.line) == [question])
        #expect(ServiceQuestion.key(for: "  A van load -- or more!") == "a_van_load_or_more")
    }
}
