package nl.jeugdregie.messaging.internal.xml;

import static nl.jeugdregie.messaging.internal.xml.XmlElements.child;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.children;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.date;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.number;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.optionalDate;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.optionalText;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.required;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.text;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.messaging.internal.message.Client;
import nl.jeugdregie.messaging.internal.message.DeclaredLine;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.Product;
import nl.jeugdregie.messaging.internal.message.StartProduct;
import nl.jeugdregie.messaging.internal.message.StatusAanlevering;
import nl.jeugdregie.messaging.internal.message.StopProduct;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a parsed iJw document into the product's records. The header must be readable to answer at all; a body that
 * does not fit the records (a missing element, a BSN failing the eleven-test, an unknown code) is a level-2 failure,
 * answered with a header-only retour code 0001.
 */
public final class IjwXmlReader {

	public static final String BASE = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

	/** The body does not fit the message; {@link #getMessage()} names the element, never its value. */
	public static final class InvalidContent extends Exception {
		public InvalidContent(String what) {
			super(what, null, false, false);
		}
	}

	private IjwXmlReader() {}

	public static String namespace(IjwMessageType type) {
		return "http://www.istandaarden.nl/ijw/3_2/" + type.name().toLowerCase(Locale.ROOT) + "/schema";
	}

	/** The message type from the root element's namespace, or refused. */
	public static IjwMessageType type(Document document) throws XmlRefused {
		var root = document.getDocumentElement();
		var ns = root.getNamespaceURI();
		for (var type : IjwMessageType.values()) {
			if (namespace(type).equals(ns) && "Bericht".equals(root.getLocalName())) {
				return type;
			}
		}
		throw new XmlRefused(XmlRefused.Kind.UNKNOWN_MESSAGE, Labels.text("text.messaging.xml.unknownMessage"));
	}

	/** The header, or refused when it cannot be read (then no retour can be addressed). */
	public static Header header(Document document) throws XmlRefused {
		var type = type(document);
		try {
			var header = required(document.getDocumentElement(), "Header");
			if (!Header.code(type).equals(text(header, "BerichtCode"))) {
				throw new InvalidContent("BerichtCode");
			}
			var id = required(header, "BerichtIdentificatie");
			return new Header(type, text(header, "Afzender"), text(header, "Ontvanger"), text(id, "Identificatie"),
					date(id, "Dagtekening"));
		} catch (InvalidContent | IllegalArgumentException e) {
			throw new XmlRefused(XmlRefused.Kind.MALFORMED, Labels.text("text.messaging.xml.unreadableHeader"));
		}
	}

	/** The whole message, for the types the product receives or checks. */
	public static IjwMessage read(Document document, Header header) throws InvalidContent {
		var root = document.getDocumentElement();
		try {
			var h = required(root, "Header");
			if (!Header.VERSION.equals(text(h, "BerichtVersie")) || !Header.SUBVERSION.equals(text(h, "BerichtSubversie"))) {
				throw new InvalidContent("BerichtVersie");
			}
			return switch (header.type()) {
				case JW305 -> {
					var client = required(root, "Client");
					var products = new ArrayList<StartProduct>();
					for (var p : children(required(client, "StartProducten"), "StartProduct")) {
						products.add(new StartProduct(number(p, "ToewijzingNummer"), product(p), optionalDate(p, "ToewijzingIngangsdatum"),
								date(p, "Begindatum"), status(p)));
					}
					yield new IjwMessage.Start(header, client(client), products);
				}
				case JW307 -> {
					var client = required(root, "Client");
					var products = new ArrayList<StopProduct>();
					for (var p : children(required(client, "StopProducten"), "StopProduct")) {
						products.add(new StopProduct(number(p, "ToewijzingNummer"), product(p), optionalDate(p, "ToewijzingIngangsdatum"),
								date(p, "Begindatum"), text(p, "RedenBeeindiging"), date(p, "Einddatum"), status(p)));
					}
					yield new IjwMessage.Stop(header, client(client), products);
				}
				case JW323 -> declaration(root, header);
				case JW301, JW302, JW306, JW308, JW315, JW316, JW317, JW318, JW319, JW320, JW325 ->
					throw new InvalidContent("Berichtsoort wordt (nog) niet ontvangen");
			};
		} catch (IllegalArgumentException | DateTimeParseException e) {
			throw new InvalidContent("Inhoud");
		}
	}

	private static IjwMessage.Declaration declaration(Element root, Header header) throws InvalidContent {
		var d = required(root, "Declaratie");
		var period = required(d, "DeclaratiePeriode");
		var total = required(d, "TotaalIngediendBedrag");
		var lines = new ArrayList<DeclaredLine>();
		for (var c : children(required(d, "Clienten"), "Client")) {
			var bsn = new Bsn(text(c, "Bsn"));
			for (var p : children(required(c, "Prestaties"), "Prestatie")) {
				var productPeriod = required(p, "ProductPeriode");
				var amount = required(p, "IngediendBedrag");
				var reference = required(p, "ProductReferentie");
				lines.add(new DeclaredLine(bsn, text(reference, "ReferentieNummer"),
						optionalText(reference, "VorigReferentieNummer"), number(p, "ToewijzingNummer"), new Product(text(p, "ProductCategorie"), optionalText(p, "ProductCode")),
						date(productPeriod, "Begindatum"), date(productPeriod, "Einddatum"), number(p, "GeleverdVolume"),
						text(p, "Eenheid"), number(p, "ProductTarief"), number(amount, "Bedrag"),
						"C".equals(text(amount, "DebetCredit"))));
			}
		}
		return new IjwMessage.Declaration(header, text(d, "DeclaratieNummer"), date(period, "Begindatum"),
				date(period, "Einddatum"), number(total, "TotaalBedrag") * ("C".equals(text(total, "DebetCredit")) ? -1 : 1), lines);
	}

	private static Client client(Element client) throws InvalidContent {
		var bsn = text(client, "Bsn");
		if (!Bsn.isValid(bsn)) {
			throw new InvalidContent("Bsn");
		}
		var name = required(client, "Naam");
		var surname = required(name, "Geslachtsnaam");
		return new Client(new Bsn(bsn), date(required(client, "Geboortedatum"), "Datum"), text(client, "Geslacht"),
				text(surname, "Achternaam"), optionalText(surname, "Voorvoegsel"), optionalText(name, "Voornamen"),
				optionalText(name, "Voorletters"));
	}

	private static @Nullable Product product(Element parent) throws InvalidContent {
		var product = child(parent, "Product");
		return product == null ? null : new Product(text(product, "Categorie"), optionalText(product, "Code"));
	}

	private static StatusAanlevering status(Element parent) throws InvalidContent {
		return StatusAanlevering.ofCode(text(parent, "StatusAanlevering")).orElseThrow(() -> new InvalidContent("StatusAanlevering"));
	}
}
