package nl.jeugdregie.messaging.internal.xml;

import static nl.jeugdregie.messaging.internal.xml.IjwXmlUnitTests.assertValid;
import static nl.jeugdregie.messaging.internal.xml.IjwXmlUnitTests.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BEY-5: the JW325 declaration answer names only the rejected lines (TR342, ADR 0047) and is schema-valid")
class DeclarationAnswerUnitTests {

	static final Header HEADER = new Header(IjwMessageType.JW325, "0384", "65656055", "A325", LocalDate.of(2026, 5, 7));

	@Test
	@DisplayName("BEY-5: rejected lines with their codes; the granted total is the submitted total minus the rejected lines")
	void namesTheRejectedLines() throws Exception {
		var declaration = (IjwMessage.Declaration) read("JW323");
		var rejected = List.of(new IjwXmlWriter.AnsweredLine(declaration.lines().get(1), List.of("9322", "9369")));
		var written = IjwXmlWriter.declarationAnswer(HEADER, declaration, List.of(), List.of("0200"), rejected);
		assertValid(IjwMessageType.JW325, written);
		var text = new String(written, StandardCharsets.UTF_8);
		assertThat(text).contains("<ijw:ReferentieNummer>RN002</ijw:ReferentieNummer>").doesNotContain("RN001")
				.contains("<jw325:RetourCode>9322</jw325:RetourCode><jw325:RetourCode>9369</jw325:RetourCode>")
				.contains("<jw325:TotaalToegekendBedrag><ijw:TotaalBedrag>55000</ijw:TotaalBedrag>");
	}

	@Test
	@DisplayName("BEY-5: all lines approved: 8001 on the answer and no lines; a whole rejection (0001, 9056) only the header")
	void approvedInFullOrRejectedWhole() throws Exception {
		var declaration = (IjwMessage.Declaration) read("JW323");
		var approved = IjwXmlWriter.declarationAnswer(HEADER, declaration, List.of(), List.of(IjwXmlWriter.APPROVED), List.of());
		assertValid(IjwMessageType.JW325, approved);
		assertThat(new String(approved, StandardCharsets.UTF_8)).contains(">8001<").doesNotContain("Clienten");
		for (var code : List.of("0001", "9056")) {
			var whole = IjwXmlWriter.declarationRejected(HEADER, declaration.header(), List.of(code));
			assertValid(IjwMessageType.JW325, whole);
			assertThat(new String(whole, StandardCharsets.UTF_8)).contains(">" + code + "<").doesNotContain("DeclaratieAntwoord");
		}
	}
}
