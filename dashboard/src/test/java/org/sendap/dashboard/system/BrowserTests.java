package org.sendap.dashboard.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What browser test classes share: one Chromium for the class, against the application on its port;
 * skipped without Chromium unless {@code CI=true}. Subclasses say which application they run against
 * ({@link DashboardIntegrationTest}).
 */
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTests {

	@LocalServerPort
	protected int port;

	protected BrowserSession session;

	@BeforeAll
	void startBrowser() {
		this.session = new BrowserSession(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.session != null) {
			this.session.close();
		}
	}

}
