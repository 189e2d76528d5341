package org.sendap.dashboard.kpi;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * What the KPI API tests share: a client of the running application, reading JSON, text or the status code.
 */
abstract class KpiApiClient {

	@LocalServerPort
	int port;

	RestClient client;

	@BeforeEach
	void client() {
		this.client = RestClient.builder().baseUrl("http://localhost:" + this.port).build();
	}

	JsonNode get(String path) {
		return this.client.get().uri(path).retrieve().body(JsonNode.class);
	}

	String text(String path) {
		return new String(this.client.get().uri(path).retrieve().body(byte[].class), StandardCharsets.UTF_8);
	}

	HttpStatus status(String path) {
		return (HttpStatus) this.client.get()
			.uri(path)
			.exchange((request, response) -> response.getStatusCode(), true);
	}

}
