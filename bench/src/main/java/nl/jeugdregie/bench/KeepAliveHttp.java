package nl.jeugdregie.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A minimal blocking HTTP/1.1 client with persistent connections, for the load generator only.
 * <p>
 * Why not the JDK's {@code HttpClient}: the generator shares the two cores with the application and its database, and
 * the JDK client's asynchronous pipeline (selector thread, completion stages, header maps) cost the generator about as
 * much CPU per call as a lean client costs in total, CPU then missing from the application under test. pgbench, the
 * baseline of the closed loop, is a lean C client; this makes the comparison fair. It writes each request in one
 * buffer and reads the status, the headers it needs ({@code Content-Length}, {@code Transfer-Encoding},
 * {@code Connection}) and the body.
 */
final class KeepAliveHttp {

	/** The answer: status code and body as text. */
	record Response(int statusCode, String body) {}

	private final String host;
	private final int port;
	private final String hostHeader;
	private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

	KeepAliveHttp(String base) {
		var uri = URI.create(base);
		this.host = uri.getHost();
		this.port = uri.getPort() < 0 ? 80 : uri.getPort();
		this.hostHeader = host + ":" + port;
	}

	Response send(String token, String method, String path, String body) throws IOException {
		var connection = idle.poll();
		var reused = connection != null;
		if (connection == null) {
			connection = new Connection();
		}
		try {
			var exchange = connection.exchange(request(token, method, path, body));
			if (exchange.keepAlive()) {
				idle.add(connection);
			} else {
				connection.close();
			}
			return exchange.response();
		} catch (StaleConnection stale) {
			connection.close();
			if (!reused) {
				throw stale;
			}
			// The server closed an idle connection before reading the request (nothing was processed): send it anew.
			return send(token, method, path, body);
		} catch (IOException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}

	private byte[] request(String token, String method, String path, String body) {
		var content = body.getBytes(StandardCharsets.UTF_8);
		var head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
				.append(hostHeader).append("\r\nAuthorization: Bearer ").append(token)
				.append("\r\nAccept: application/json\r\n");
		if (!method.equals("GET")) {
			head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
		}
		head.append("\r\n");
		var headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
		var all = new byte[headBytes.length + (method.equals("GET") ? 0 : content.length)];
		System.arraycopy(headBytes, 0, all, 0, headBytes.length);
		if (!method.equals("GET")) {
			System.arraycopy(content, 0, all, headBytes.length, content.length);
		}
		return all;
	}

	private record Exchange(Response response, boolean keepAlive) {}

	/** Thrown when a connection ends before the first byte of the answer. */
	private static final class StaleConnection extends IOException {
		StaleConnection() {
			super("Connection closed before the answer");
		}
	}

	private final class Connection {

		private final Socket socket;
		private final InputStream in;
		private final OutputStream out;

		Connection() throws IOException {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(60_000);
			socket.connect(new InetSocketAddress(host, port), 10_000);
			in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
			out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
		}

		Exchange exchange(byte[] request) throws IOException {
			try {
				out.write(request);
				out.flush();
			} catch (IOException e) {
				throw new StaleConnection();
			}
			var statusLine = line(true);
			var status = Integer.parseInt(statusLine.substring(9, 12));
			var length = -1;
			var chunked = false;
			var keepAlive = true;
			for (var header = line(false); !header.isEmpty(); header = line(false)) {
				var colon = header.indexOf(':');
				if (colon < 0) {
					continue;
				}
				var name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				var value = header.substring(colon + 1).trim();
				switch (name) {
					case "content-length" -> length = Integer.parseInt(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "connection" -> keepAlive = !value.equalsIgnoreCase("close");
					default -> { }
				}
			}
			var body = new ByteArrayOutputStream(length > 0 ? length : 512);
			if (chunked) {
				for (var size = Integer.parseInt(chunkSize(line(false)), 16); size > 0;
						size = Integer.parseInt(chunkSize(line(false)), 16)) {
					copy(size, body);
					line(false);
				}
				for (var trailer = line(false); !trailer.isEmpty(); trailer = line(false)) {
					// trailers are not used
				}
			} else if (length >= 0) {
				copy(length, body);
			} else {
				in.transferTo(body);
				keepAlive = false;
			}
			return new Exchange(new Response(status, body.toString(StandardCharsets.UTF_8)), keepAlive);
		}

		private String chunkSize(String line) {
			var semicolon = line.indexOf(';');
			return (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
		}

		private void copy(int count, ByteArrayOutputStream to) throws IOException {
			var buffer = in.readNBytes(count);
			if (buffer.length < count) {
				throw new EOFException("Answer ended early");
			}
			to.write(buffer);
		}

		/** One header line without its CRLF; the first line of an answer may meet a closed connection. */
		private String line(boolean first) throws IOException {
			var text = new StringBuilder(64);
			int b;
			while ((b = in.read()) != '\n') {
				if (b < 0) {
					if (first && text.isEmpty()) {
						throw new StaleConnection();
					}
					throw new EOFException("Answer ended early");
				}
				if (b != '\r') {
					text.append((char) b);
				}
			}
			return text.toString();
		}

		void close() {
			try {
				socket.close();
			} catch (IOException e) {
				// closing a broken connection
			}
		}
	}
}
