package nl.jeugdregie.messaging.internal.message;

import java.util.List;

/** One iJw message the product reads or writes, with its header. */
public sealed interface IjwMessage permits IjwMessage.Start, IjwMessage.Stop, IjwMessage.Allocation, IjwMessage.Declaration {

	Header header();

	/** JW305: starts of care for one client. */
	record Start(Header header, Client client, List<StartProduct> products) implements IjwMessage {
		public Start {
			products = List.copyOf(products);
			if (products.isEmpty()) {
				throw new IllegalArgumentException("A start message names at least one product");
			}
		}
	}

	/** JW307: stops of care for one client. */
	record Stop(Header header, Client client, List<StopProduct> products) implements IjwMessage {
		public Stop {
			products = List.copyOf(products);
			if (products.isEmpty()) {
				throw new IllegalArgumentException("A stop message names at least one product");
			}
		}
	}

	/** JW301: the municipality's allocation of products to one client at one provider. */
	record Allocation(Header header, Client client, Address address, List<AllocatedProduct> products) implements IjwMessage {
		public Allocation {
			products = List.copyOf(products);
			if (products.isEmpty()) {
				throw new IllegalArgumentException("An allocation message names at least one product");
			}
		}
	}

	/** JW323: a provider's declaration of delivered care, lines per client. */
	record Declaration(Header header, String number, java.time.LocalDate periodFrom, java.time.LocalDate periodUntil,
			long totalCents, List<DeclaredLine> lines) implements IjwMessage {
		public Declaration {
			lines = List.copyOf(lines);
		}
	}
}
