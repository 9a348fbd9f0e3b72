package io.github.corsstarter.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application started on a real embedded server (Tomcat or Netty) at a free port, and
 * real HTTP requests to it.
 */
final class RunningApp implements AutoCloseable {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ConfigurableApplicationContext context;

	private final int port;

	private RunningApp(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/** Starts a servlet application on embedded Tomcat. */
	static RunningApp start(Class<?> application, String... properties) {
		return start(application, WebApplicationType.SERVLET, properties);
	}

	/**
	 * Starts a WebFlux application; the application chooses its server (Netty in these
	 * tests).
	 */
	static RunningApp startReactive(Class<?> application, String... properties) {
		return start(application, WebApplicationType.REACTIVE, properties);
	}

	private static RunningApp start(Class<?> application, WebApplicationType type, String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		return new RunningApp(
				new SpringApplicationBuilder(application).web(type).properties(all.toArray(String[]::new)).run());
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	/** Sends a request; {@code headers} are name/value pairs. */
	HttpResponse<String> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String basicAuthorization(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends raw bytes, for requests no well-behaved client would build, and returns the
	 * status line.
	 */
	String sendRaw(byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder statusLine = new StringBuilder();
			int c;
			while ((c = in.read()) != -1 && c != '\r') {
				statusLine.append((char) c);
			}
			return statusLine.toString();
		}
	}

	/**
	 * Sends a request's head and then, from another thread, the first bytes of a body it
	 * announces but never finishes, and returns the status line of the answer once the
	 * server has closed the connection; fails if it does not answer and close within 5
	 * seconds.
	 */
	String sendUnfinishedBody(String head, int bodyBytes) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			Thread body = new Thread(() -> {
				try {
					out.write(new byte[bodyBytes]);
					out.flush();
				}
				catch (IOException ex) {
					// The server closed the connection without reading it all.
				}
			});
			body.start();
			InputStream in = socket.getInputStream();
			String statusLine = readResponse(in);
			try {
				if (in.read() != -1) {
					throw new IOException("more bytes after the answer to " + statusLine);
				}
			}
			catch (SocketException ex) {
				// Closed with unread bytes in the server's buffers: a reset.
			}
			body.join(5_000);
			return statusLine;
		}
	}

	/**
	 * Sends requests one after the other on one kept-alive connection, each once the
	 * previous answer arrived in full, and returns the status lines; a request left
	 * unanswered fails.
	 * @param requests raw HTTP/1.1 requests without a body
	 */
	List<String> sendOnOneConnection(List<String> requests) throws IOException {
		List<String> statusLines = new ArrayList<>();
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			for (String request : requests) {
				out.write(request.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				statusLines.add(readResponse(in));
			}
		}
		return statusLines;
	}

	/**
	 * Reads one response, its body by Content-Length or in chunks, and returns its status
	 * line.
	 */
	private static String readResponse(InputStream in) throws IOException {
		String headers = readUntil(in, "\r\n\r\n");
		int length = 0;
		boolean chunked = false;
		for (String line : headers.split("\r\n")) {
			if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
				length = Integer.parseInt(line.substring(15).strip());
			}
			chunked |= line.regionMatches(true, 0, "Transfer-Encoding: chunked", 0, 26);
		}
		if (!chunked) {
			in.readNBytes(length);
		}
		else {
			int chunk;
			do {
				chunk = Integer.parseInt(readUntil(in, "\r\n").strip(), 16);
				in.readNBytes(chunk + 2);
			}
			while (chunk > 0);
		}
		return headers.substring(0, headers.indexOf("\r\n"));
	}

	private static String readUntil(InputStream in, String end) throws IOException {
		StringBuilder read = new StringBuilder();
		while (read.indexOf(end) < 0) {
			int c = in.read();
			if (c < 0) {
				throw new IOException("connection closed after " + read);
			}
			read.append((char) c);
		}
		return read.toString();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
