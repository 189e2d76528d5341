package org.sendap.dashboard.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * What the API and report tests share: a client of the running application, reading JSON, bytes,
 * text or the status code.
 */
public abstract class ApiClient {

	@LocalServerPort
	protected int port;

	protected RestClient client;

	@BeforeEach
	void client() {
		this.client = RestClient.builder().baseUrl("http://localhost:" + this.port).build();
	}

	protected JsonNode get(String path) {
		return this.client.get().uri(path).retrieve().body(JsonNode.class);
	}

	protected byte[] bytes(String path) {
		return this.client.get().uri(path).retrieve().body(byte[].class);
	}

	protected String text(String path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	protected HttpStatus status(String path) {
		return (HttpStatus) this.client.get()
			.uri(path)
			.exchange((request, response) -> response.getStatusCode(), true);
	}

}
