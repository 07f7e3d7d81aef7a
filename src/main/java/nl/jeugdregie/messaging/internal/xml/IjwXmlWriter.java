package nl.jeugdregie.messaging.internal.xml;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Client;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.Product;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import org.jspecify.annotations.Nullable;

/**
 * Writes the messages the product sends, in the element order of the iJw 3.2 schemas (tests validate every one
 * against {@code ../shared/ijw/xsd}): JW301 allocations, the retours JW306 and JW308, and the JW325 declaration answer.
 * Always UTF-8.
 */
public final class IjwXmlWriter {

	private static final String XSD_VERSION = "1.0.0";
	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	/** One approved or rejected declared line of a JW325 answer, with its codes. */
	public record AnsweredLine(nl.jeugdregie.messaging.internal.message.DeclaredLine line, List<String> codes) {}

	private IjwXmlWriter() {}

	/** JW301: an allocation to one provider. */
	public static byte[] allocation(IjwMessage.Allocation message) {
		return write(IjwMessageType.JW301, w -> {
			header(w, message.header());
			w.end();
			w.start("Client");
			client(w, message.client(), true);
			w.start("Contactgegevens");
			w.start("Contact");
			var a = message.address();
			w.element("Soort", a.kind());
			if (a.houseNumber() != null || a.postcode() != null || a.street() != null || a.city() != null) {
				w.start("Adres");
				if (a.houseNumber() != null) {
					w.startBase("Huis");
					w.base("Huisnummer", String.valueOf(a.houseNumber()));
					w.end();
				}
				w.base("Postcode", a.postcode());
				w.base("Straatnaam", a.street());
				w.base("Plaatsnaam", a.city());
				w.base("LandCode", "NL");
				w.end();
			}
			w.end();
			w.end();
			w.start("ToegewezenProducten");
			for (var p : message.products()) {
				w.start("ToegewezenProduct");
				w.element("ToewijzingNummer", String.valueOf(p.allocationNumber()));
				w.element("ReferentieAanbieder", p.providerReference());
				product(w, p.product());
				w.element("Toewijzingsdatum", p.decidedOn().toString());
				w.element("Toewijzingstijd", p.decidedAt().format(DateTimeFormatter.ofPattern("HH:mm:ss")));
				w.element("Ingangsdatum", p.validFrom().toString());
				w.element("Einddatum", p.validUntil() == null ? null : p.validUntil().toString());
				w.element("RedenWijziging", p.changeReason());
				w.start("Omvang");
				w.base("Volume", String.valueOf(p.volume()));
				w.base("Eenheid", p.unit());
				w.base("Frequentie", p.frequency());
				w.end();
				w.end();
			}
			w.end();
			w.end();
		});
	}

	/**
	 * The retour (JW306 or JW308) on a start or stop: the original header with the retour's identification and date;
	 * for a level-3 rejection also the client and every product with its codes.
	 */
	public static byte[] retour(Header original, String identification, LocalDate dateStamp, RetourCodes codes,
			@Nullable IjwMessage classes) {
		var type = original.type().retour().orElseThrow();
		return write(type, w -> {
			header(w, original, type);
			w.element("IdentificatieRetour", identification);
			w.element("DagtekeningRetour", dateStamp.toString());
			xsdVersion(w, "XsdVersieRetour");
			codes(w, codes.header());
			w.end();
			if (codes.perClass() && classes != null) {
				w.start("Client");
				switch (classes) {
					case IjwMessage.Start start -> {
						client(w, start.client(), false);
						w.start("StartProducten");
						for (var i = 0; i < start.products().size(); i++) {
							var p = start.products().get(i);
							w.start("StartProduct");
							w.element("ToewijzingNummer", String.valueOf(p.allocationNumber()));
							product(w, p.product());
							w.element("ToewijzingIngangsdatum", p.allocationStart() == null ? null : p.allocationStart().toString());
							w.element("Begindatum", p.startDate().toString());
							w.element("StatusAanlevering", p.status().code());
							codes(w, codes.perProduct().get(i));
							w.end();
						}
						w.end();
					}
					case IjwMessage.Stop stop -> {
						client(w, stop.client(), false);
						w.start("StopProducten");
						for (var i = 0; i < stop.products().size(); i++) {
							var p = stop.products().get(i);
							w.start("StopProduct");
							w.element("ToewijzingNummer", String.valueOf(p.allocationNumber()));
							product(w, p.product());
							w.element("ToewijzingIngangsdatum", p.allocationStart() == null ? null : p.allocationStart().toString());
							w.element("Begindatum", p.startDate().toString());
							w.element("RedenBeeindiging", p.reason());
							w.element("Einddatum", p.endDate().toString());
							w.element("StatusAanlevering", p.status().code());
							codes(w, codes.perProduct().get(i));
							w.end();
						}
						w.end();
					}
					case IjwMessage.Allocation a -> throw new IllegalArgumentException("A JW301 is answered by the provider");
					case IjwMessage.Declaration d -> throw new IllegalArgumentException("A JW323 is answered with a JW325");
				}
				codes(w, codes.client().isEmpty() ? List.of(RetourCodes.NO_REMARK) : codes.client());
				w.end();
			}
		});
	}

	/**
	 * JW325: the answer to a declaration. {@code headerCodes} is 0001 for a technical rejection (then no body);
	 * otherwise every line is named with its codes (8001 approved, or the rule's code), per client.
	 */
	public static byte[] declarationAnswer(Header header, IjwMessage.Declaration declaration, List<String> headerCodes,
			List<AnsweredLine> lines) {
		return declarationAnswer(header, declaration, headerCodes, List.of(RetourCodes.NO_REMARK), lines);
	}

	/**
	 * JW325 as the standard wants it (ADR 0047): the header's codes (0200, or 0001/9056 and then no answer body), the
	 * DeclaratieAntwoord's codes (8001 when every line is approved, 9333 for a used declaration number), and only the
	 * rejected lines with their codes (TR342); the granted total is the submitted total minus the rejected lines.
	 */
	public static byte[] declarationAnswer(Header header, IjwMessage.Declaration declaration, List<String> headerCodes,
			List<String> answerCodes, List<AnsweredLine> lines) {
		var rejected = lines.stream().filter(l -> !l.codes().equals(List.of(APPROVED))).toList();
		var granted = declaration.totalCents()
				- rejected.stream().mapToLong(l -> l.line().credit() ? -l.line().amountCents() : l.line().amountCents()).sum();
		return write(IjwMessageType.JW325, w -> {
			declarationAnswerHeader(w, header, declaration.header(), headerCodes);
			if (headerCodes.isEmpty() || headerCodes.equals(List.of(RetourCodes.NO_REMARK))) {
				w.start("DeclaratieAntwoord");
				w.element("DeclaratieNummer", declaration.number());
				total(w, "TotaalIngediendBedrag", declaration.totalCents());
				total(w, "TotaalToegekendBedrag", answerCodes.contains(RetourCodes.NO_REMARK) || answerCodes.contains(APPROVED)
						? granted : 0);
				if (!lines.isEmpty()) {
					w.start("Clienten");
					var byClient = new java.util.LinkedHashMap<String, List<AnsweredLine>>();
					lines.forEach(l -> byClient.computeIfAbsent(l.line().bsn().value(), k -> new java.util.ArrayList<>()).add(l));
					for (var entry : byClient.entrySet()) {
						w.start("Client");
						w.element("Bsn", entry.getKey());
						w.start("Prestaties");
						for (var l : entry.getValue()) {
							var line = l.line();
							w.start("Prestatie");
							w.start("ProductReferentie");
							w.base("ReferentieNummer", line.reference());
							if (line.previousReference() != null) {
								w.base("VorigReferentieNummer", line.previousReference());
							}
							w.end();
							w.element("ToewijzingNummer", String.valueOf(line.allocationNumber()));
							w.element("ProductCategorie", line.product().category());
							w.element("ProductCode", line.product().code());
							w.start("ProductPeriode");
							w.base("Begindatum", line.from().toString());
							w.base("Einddatum", line.until().toString());
							w.end();
							w.element("GeleverdVolume", String.valueOf(line.volume()));
							w.element("Eenheid", line.unit());
							w.element("ProductTarief", String.valueOf(line.tariffCents()));
							w.start("IngediendBedrag");
							w.base("Bedrag", String.valueOf(line.amountCents()));
							w.base("DebetCredit", line.credit() ? "C" : "D");
							w.end();
							codes(w, l.codes());
							w.end();
						}
						w.end();
						codes(w, List.of(RetourCodes.NO_REMARK));
						w.end();
					}
					w.end();
				}
				codes(w, answerCodes.isEmpty() ? List.of(RetourCodes.NO_REMARK) : answerCodes);
				w.end();
			}
		});
	}

	/**
	 * JW325 rejecting a declaration as a whole (0001: not schema-valid or a level-2 rule broken; 9056: identification
	 * used before): only the header, naming the declaration's identification.
	 */
	public static byte[] declarationRejected(Header header, Header declaration, List<String> headerCodes) {
		return write(IjwMessageType.JW325, w -> declarationAnswerHeader(w, header, declaration, headerCodes));
	}

	private static void declarationAnswerHeader(W w, Header header, Header declaration, List<String> headerCodes)
			throws XMLStreamException {
		header(w, header);
		w.start("DeclaratieIdentificatie");
		w.base("Identificatie", declaration.identification());
		w.base("Dagtekening", declaration.dateStamp().toString());
		w.end();
		xsdVersion(w, "XsdVersieDeclaratie");
		codes(w, headerCodes.isEmpty() ? List.of(RetourCodes.NO_REMARK) : headerCodes);
		w.end();
	}

	/** WJ001 8001: the declared line is approved in full. */
	public static final String APPROVED = "8001";

	private static void total(W w, String name, long cents) throws XMLStreamException {
		w.start(name);
		w.base("TotaalBedrag", String.valueOf(Math.abs(cents)));
		w.base("DebetCredit", cents < 0 ? "C" : "D");
		w.end();
	}

	private static void header(W w, Header h) throws XMLStreamException {
		header(w, h, h.type());
	}

	/** A retour repeats the original header under its own BerichtCode. */
	private static void header(W w, Header h, IjwMessageType type) throws XMLStreamException {
		w.start("Header");
		w.element("BerichtCode", Header.code(type));
		w.element("BerichtVersie", Header.VERSION);
		w.element("BerichtSubversie", Header.SUBVERSION);
		w.element("Afzender", h.sender());
		w.element("Ontvanger", h.receiver());
		w.start("BerichtIdentificatie");
		w.base("Identificatie", h.identification());
		w.base("Dagtekening", h.dateStamp().toString());
		w.end();
		xsdVersion(w, "XsdVersie");
	}

	private static void xsdVersion(W w, String name) throws XMLStreamException {
		w.start(name);
		w.base("BasisschemaXsdVersie", XSD_VERSION);
		w.base("BerichtXsdVersie", XSD_VERSION);
		w.end();
	}

	private static void codes(W w, List<String> codes) throws XMLStreamException {
		if (codes.isEmpty()) {
			return;
		}
		w.start("RetourCodes");
		for (var code : codes) {
			w.element("RetourCode", code);
		}
		w.end();
	}

	private static void client(W w, Client c, boolean full) throws XMLStreamException {
		w.element("Bsn", c.bsn().value());
		w.start("Geboortedatum");
		w.base("Datum", c.birthDate().toString());
		w.end();
		w.element("Geslacht", c.gender());
		w.start("Naam");
		w.startBase("Geslachtsnaam");
		w.base("Achternaam", c.surname());
		w.base("Voorvoegsel", c.prefix());
		w.end();
		w.base("Voornamen", c.firstNames());
		w.base("Voorletters", c.initials());
		if (full) {
			w.base("NaamGebruik", "1");
		}
		w.end();
	}

	private static void product(W w, @Nullable Product p) throws XMLStreamException {
		if (p == null) {
			return;
		}
		w.start("Product");
		w.base("Categorie", p.category());
		w.base("Code", p.code());
		w.end();
	}

	@FunctionalInterface
	private interface Body {
		void write(W w) throws XMLStreamException;
	}

	private static byte[] write(IjwMessageType type, Body body) {
		var out = new ByteArrayOutputStream(4096);
		try {
			var x = OUTPUT.createXMLStreamWriter(out, "UTF-8");
			var w = new W(x, IjwXmlReader.namespace(type), type.name().toLowerCase(java.util.Locale.ROOT));
			x.writeStartDocument("UTF-8", "1.0");
			x.setPrefix(w.prefix, w.ns);
			x.setPrefix("ijw", IjwXmlReader.BASE);
			x.writeStartElement(w.prefix, "Bericht", w.ns);
			x.writeNamespace(w.prefix, w.ns);
			x.writeNamespace("ijw", IjwXmlReader.BASE);
			body.write(w);
			x.writeEndElement();
			x.writeEndDocument();
			x.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("An iJw message could not be written", e);
		}
		return out.toByteArray();
	}

	/** Elements in the message's namespace ({@code element}) or the base schema's ({@code base}). */
	private static final class W {
		private final XMLStreamWriter x;
		private final String ns;
		private final String prefix;

		W(XMLStreamWriter x, String ns, String prefix) {
			this.x = x;
			this.ns = ns;
			this.prefix = prefix;
		}

		void start(String name) throws XMLStreamException {
			x.writeStartElement(prefix, name, ns);
		}

		void startBase(String name) throws XMLStreamException {
			x.writeStartElement("ijw", name, IjwXmlReader.BASE);
		}

		void end() throws XMLStreamException {
			x.writeEndElement();
		}

		void element(String name, @Nullable String value) throws XMLStreamException {
			if (value != null) {
				start(name);
				x.writeCharacters(value);
				end();
			}
		}

		void base(String name, @Nullable String value) throws XMLStreamException {
			if (value != null) {
				startBase(name);
				x.writeCharacters(value);
				end();
			}
		}
	}
}
