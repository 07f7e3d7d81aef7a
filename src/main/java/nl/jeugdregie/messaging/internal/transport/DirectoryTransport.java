package nl.jeugdregie.messaging.internal.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An inbox/outbox directory as hub: {@code *.xml} in the inbox are collected by name; judged ones move to
 * {@code inbox/processed} (or {@code inbox/refused}), answers are written to the outbox atomically (a temporary name,
 * then a rename), so a reader never sees half a file. A file only moves after its judging committed, so a crash in
 * between offers it again and the idempotent import answers it without a second effect.
 */
public final class DirectoryTransport implements HubTransport {

	private final Path inbox;
	private final Path outbox;

	public DirectoryTransport(Path inbox, Path outbox) {
		this.inbox = inbox;
		this.outbox = outbox;
		try {
			Files.createDirectories(inbox.resolve("processed"));
			Files.createDirectories(inbox.resolve("refused"));
			Files.createDirectories(outbox);
			removeHalfWritten(outbox);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public List<Waiting> collect(int max, java.util.Set<String> taken) {
		try (var files = Files.list(inbox)) {
			var waiting = new ArrayList<Waiting>();
			for (var file : files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".xml")
					&& !taken.contains(f.getFileName().toString()))
					.sorted(Comparator.comparing(Path::getFileName)).limit(max).toList()) {
				waiting.add(new Waiting(file.getFileName().toString(), Files.readAllBytes(file)));
			}
			return waiting;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A temporary file left by a process that was killed while writing it: its message was not acknowledged, so it is
	 * judged again and its retour written again in full (ADR 0050).
	 */
	private static void removeHalfWritten(Path outbox) throws IOException {
		try (var files = Files.list(outbox)) {
			for (var file : files.filter(f -> f.getFileName().toString().startsWith(".")
					&& f.getFileName().toString().endsWith(".tmp")).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	@Override
	public void acknowledge(Waiting message, boolean refused) {
		try {
			Files.move(inbox.resolve(message.name()), inbox.resolve(refused ? "refused" : "processed").resolve(message.name()),
					StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void send(String name, byte[] body) {
		try {
			var temporary = outbox.resolve("." + name + ".tmp");
			Files.write(temporary, body);
			Files.move(temporary, outbox.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
