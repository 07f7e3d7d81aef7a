package nl.jeugdregie.messaging.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.IjwReference;
import nl.jeugdregie.messaging.internal.message.Address;
import nl.jeugdregie.messaging.internal.message.AllocatedProduct;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.messaging.internal.message.Client;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.Product;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import nl.jeugdregie.messaging.internal.message.StatusAanlevering;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("iJw XML: hardened parsing, reading into records, schema-valid writing (TOEW-7, BEY-5)")
class IjwXmlUnitTests {

	static final HardenedXml XML = new HardenedXml(10L * 1024 * 1024);
	static final IjwSchemas SCHEMAS = new IjwSchemas(IjwReference.schemas());

	static List<String> examples() {
		return IjwReference.exampleTypes();
	}

	@ParameterizedTest
	@MethodSource("examples")
	@DisplayName("Every example of the standard parses, names its type and passes level 1 (schema)")
	void examplesParseAndValidate(String type) throws Exception {
		var document = XML.parse(IjwReference.example(type).getBytes(StandardCharsets.UTF_8));
		assertThat(IjwXmlReader.type(document)).isEqualTo(IjwMessageType.valueOf(type));
		assertThat(SCHEMAS.validate(IjwMessageType.valueOf(type), document)).isEmpty();
		assertThat(IjwXmlReader.header(document).type()).isEqualTo(IjwMessageType.valueOf(type));
	}

	@ParameterizedTest
	@MethodSource("examples")
	@DisplayName("Level 1 while parsing (P4): every example passes, and reads into the same records as a plain parse")
	void validatingWhileParsingFindsWhatValidatingAfterwardsFinds(String type) throws Exception {
		var bytes = IjwReference.example(type).getBytes(StandardCharsets.UTF_8);
		var validated = XML.parse(bytes, SCHEMAS.all().orElseThrow());
		assertThat(validated.getUserData(HardenedXml.SCHEMA_ERRORS)).isEqualTo(List.of());
		assertThat(SCHEMAS.validate(IjwMessageType.valueOf(type), validated)).isEmpty();
		if (List.of("JW305", "JW307", "JW323").contains(type)) {
			var plain = XML.parse(bytes);
			assertThat(IjwXmlReader.read(validated, IjwXmlReader.header(validated)))
					.isEqualTo(IjwXmlReader.read(plain, IjwXmlReader.header(plain)));
		}
	}

	@Test
	@DisplayName("Level 1 while parsing (P4): a schema error is kept with the document, the same as validating afterwards")
	void schemaErrorsFoundWhileParsingAreKept() throws Exception {
		var bytes = jw305With("<ijw:Code>55A11</ijw:Code>", "<ijw:Code>55A11XYZ</ijw:Code>");
		var validated = XML.parse(bytes, SCHEMAS.all().orElseThrow());
		var afterwards = SCHEMAS.validate(IjwMessageType.JW305, XML.parse(bytes));
		assertThat(afterwards).isNotEmpty();
		assertThat(SCHEMAS.validate(IjwMessageType.JW305, validated)).isEqualTo(afterwards);
		// Asked as another type, the document is validated again against that type's schema.
		assertThat(SCHEMAS.validate(IjwMessageType.JW307, XML.parse(IjwReference.example("JW305")
				.getBytes(StandardCharsets.UTF_8), SCHEMAS.all().orElseThrow()))).isNotEmpty();
	}

	@Test
	@DisplayName("Level 1 while parsing (P4): validating leaves the tree as written (no normalised values)")
	void validatingLeavesTheTreeAsWritten() throws Exception {
		// A date collapses its white space when validated: the schema's normalised value would drop the padding.
		var padded = jw305With("<jw305:Begindatum>2026-04-03</jw305:Begindatum>",
				"<jw305:Begindatum> 2026-04-03 </jw305:Begindatum>");
		var validated = XML.parse(padded, SCHEMAS.all().orElseThrow());
		var plain = XML.parse(padded);
		var jw305 = IjwXmlReader.namespace(IjwMessageType.JW305);
		assertThat(validated.getElementsByTagNameNS(jw305, "Begindatum").item(0).getTextContent())
				.isEqualTo(plain.getElementsByTagNameNS(jw305, "Begindatum").item(0).getTextContent())
				.isEqualTo(" 2026-04-03 ");
	}

	/** The standard's example JW305 with one piece of text replaced. */
	private static byte[] jw305With(String original, String replacement) {
		var xml = IjwReference.example("JW305");
		assertThat(xml).contains(original);
		return xml.replace(original, replacement).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("Level 1 while parsing (P4): a DOCTYPE, entities and malformed XML are still refused")
	void validatingParseStaysHardened() {
		var schema = SCHEMAS.all().orElseThrow();
		var xxe = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
				<jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema">&xxe;</jw305:Bericht>""";
		assertThatThrownBy(() -> XML.parse(xxe.getBytes(StandardCharsets.UTF_8), schema))
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.FORBIDDEN_CONSTRUCT);
		assertThatThrownBy(() -> XML.parse("<a><b></a>".getBytes(StandardCharsets.UTF_8), schema))
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.MALFORMED);
	}

	@Test
	@DisplayName("TOEW-7: the example JW305, JW307 and JW323 read into the product's records")
	void readsStartsStopsAndDeclarations() throws Exception {
		var start = (IjwMessage.Start) read("JW305");
		assertThat(start.header().sender()).isEqualTo("65656055");
		assertThat(start.header().receiver()).isEqualTo("0363");
		assertThat(start.client().bsn().value()).isEqualTo("999900006");
		assertThat(start.products()).hasSize(2);
		assertThat(start.products().getFirst().allocationNumber()).isEqualTo(300201);
		assertThat(start.products().getFirst().startDate()).isEqualTo(LocalDate.of(2026, 4, 3));
		assertThat(start.products().getFirst().status()).isEqualTo(StatusAanlevering.NEW);
		var stop = (IjwMessage.Stop) read("JW307");
		assertThat(stop.products().getFirst().reason()).isEqualTo("31");
		assertThat(stop.products().getFirst().endDate()).isEqualTo(LocalDate.of(2026, 7, 17));
		var declaration = (IjwMessage.Declaration) read("JW323");
		assertThat(declaration.number()).isEqualTo("DN001");
		assertThat(declaration.lines()).isNotEmpty();
		assertThat(declaration.lines().getFirst().tariffCents()).isEqualTo(1250);
	}

	@Test
	@DisplayName("A BSN failing the eleven-test makes the body unreadable (level 2: retour 0001)")
	void bsnElevenTest() throws Exception {
		assertThat(Bsn.isValid("999900006")).isTrue();
		assertThat(Bsn.isValid("123456782")).isTrue();
		assertThat(Bsn.isValid("123456789")).isFalse();
		var xml = IjwReference.example("JW305").replace("<jw305:Bsn>999900006</jw305:Bsn>", "<jw305:Bsn>123456789</jw305:Bsn>");
		var document = XML.parse(xml.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> IjwXmlReader.read(document, IjwXmlReader.header(document)))
				.isInstanceOf(IjwXmlReader.InvalidContent.class);
		assertThat(new Bsn("999900006").toString()).doesNotContain("999900006");
	}

	@Test
	@DisplayName("External entities and DTDs are refused, nothing is fetched")
	void refusesExternalEntities() {
		var xxe = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
				<jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema">&xxe;</jw305:Bericht>""";
		assertThatThrownBy(() -> XML.parse(xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(XmlRefused.class)
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.FORBIDDEN_CONSTRUCT);
	}

	@Test
	@DisplayName("Entity expansion (billion laughs) is refused")
	void refusesEntityExpansion() {
		var bomb = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
				<lolz>&lol3;</lolz>""";
		assertThatThrownBy(() -> XML.parse(bomb.getBytes(StandardCharsets.UTF_8))).isInstanceOf(XmlRefused.class)
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.FORBIDDEN_CONSTRUCT);
	}

	@Test
	@DisplayName("A 50 MB file is refused clearly before parsing")
	void refusesTooLarge() {
		var big = new byte[50 * 1024 * 1024];
		assertThatThrownBy(() -> XML.parse(big)).isInstanceOf(XmlRefused.class)
				.hasMessageContaining("groter dan 10 MB")
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.TOO_LARGE);
	}

	@Test
	@DisplayName("A wrong encoding (Latin-1 bytes, UTF-16, another declared encoding) is refused")
	void refusesWrongEncoding() {
		var latin1 = IjwReference.example("JW305").replace("Wit", "Wït").getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> XML.parse(latin1)).isInstanceOf(XmlRefused.class)
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.WRONG_ENCODING);
		var utf16 = IjwReference.example("JW305").getBytes(StandardCharsets.UTF_16);
		assertThatThrownBy(() -> XML.parse(utf16)).isInstanceOf(XmlRefused.class)
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.WRONG_ENCODING);
		var declared = IjwReference.example("JW305").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
				.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> XML.parse(declared)).isInstanceOf(XmlRefused.class)
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.WRONG_ENCODING);
	}

	@Test
	@DisplayName("Malformed XML and a foreign root are refused")
	void refusesMalformed() {
		assertThatThrownBy(() -> XML.parse("<a><b></a>".getBytes(StandardCharsets.UTF_8)))
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.MALFORMED);
		assertThatThrownBy(() -> IjwXmlReader.type(XML.parse("<a/>".getBytes(StandardCharsets.UTF_8))))
				.extracting(e -> ((XmlRefused) e).kind()).isEqualTo(XmlRefused.Kind.UNKNOWN_MESSAGE);
	}

	@Test
	@DisplayName("TOEW-7: a written JW301 is schema-valid and reads back")
	void writesValidAllocation() throws Exception {
		var message = new IjwMessage.Allocation(new Header(IjwMessageType.JW301, "0384", "42420001", "A1", LocalDate.of(2026, 4, 1)),
				new Client(new Bsn("999900006"), LocalDate.of(2010, 2, 14), "1", "Wit", "de", "Tom", "T"),
				new Address("03", 9, "9999XX", "Van Woustraat", "Amsterdam"),
				List.of(new AllocatedProduct(300201, "40A12341234", new Product("55", "55A11"), LocalDate.of(2026, 4, 1), LocalTime.NOON,
						LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 14), null, 2, "04", "2")));
		assertValid(IjwMessageType.JW301, IjwXmlWriter.allocation(message));
	}

	@Test
	@DisplayName("BEY-5: retours JW306 and JW308 are schema-valid, header-only and with codes per class")
	void writesValidRetours() throws Exception {
		var start = (IjwMessage.Start) read("JW305");
		assertValid(IjwMessageType.JW306, IjwXmlWriter.retour(start.header(), "R1", LocalDate.of(2026, 4, 16), RetourCodes.none(), start));
		assertValid(IjwMessageType.JW306, IjwXmlWriter.retour(start.header(), "R2", LocalDate.of(2026, 4, 16),
				RetourCodes.onHeader(RetourCodes.TECHNICAL), start));
		var perClass = new RetourCodes(List.of(), List.of("0200"), List.of(List.of("9019"), List.of("0200")));
		var written = IjwXmlWriter.retour(start.header(), "R3", LocalDate.of(2026, 4, 16), perClass, start);
		assertValid(IjwMessageType.JW306, written);
		assertThat(new String(written, StandardCharsets.UTF_8)).contains("<jw306:RetourCode>9019</jw306:RetourCode>");
		var stop = (IjwMessage.Stop) read("JW307");
		assertValid(IjwMessageType.JW308, IjwXmlWriter.retour(stop.header(), "R4", LocalDate.of(2026, 7, 21),
				new RetourCodes(List.of(), List.of(), List.of(List.of("9415"), List.of("0200"))), stop));
	}

	@Test
	@DisplayName("BEY-5: a JW325 naming approved (8001) and rejected lines is schema-valid")
	void writesValidDeclarationAnswer() throws Exception {
		var declaration = (IjwMessage.Declaration) read("JW323");
		var lines = declaration.lines().stream().map(l -> new IjwXmlWriter.AnsweredLine(l,
				l.reference().equals("RN001") ? List.of(IjwXmlWriter.APPROVED) : List.of("0611"))).toList();
		var header = new Header(IjwMessageType.JW325, "0384", "65656055", "A325", LocalDate.of(2026, 5, 7));
		var written = IjwXmlWriter.declarationAnswer(header, declaration, List.of(), lines);
		assertValid(IjwMessageType.JW325, written);
		assertThat(new String(written, StandardCharsets.UTF_8)).contains("8001").contains("0611");
		assertValid(IjwMessageType.JW325, IjwXmlWriter.declarationAnswer(header, declaration, List.of("0001"), List.of()));
	}

	static IjwMessage read(String type) throws Exception {
		var document = XML.parse(IjwReference.example(type).getBytes(StandardCharsets.UTF_8));
		return IjwXmlReader.read(document, IjwXmlReader.header(document));
	}

	static void assertValid(IjwMessageType type, byte[] xml) throws Exception {
		assertThat(SCHEMAS.validate(type, XML.parse(xml))).as(new String(xml, StandardCharsets.UTF_8)).isEmpty();
	}
}
