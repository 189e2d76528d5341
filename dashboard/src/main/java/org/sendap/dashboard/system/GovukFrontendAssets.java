package org.sendap.dashboard.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The GOV.UK Design System's styles and assets (govuk-frontend), served by the dashboard from its
 * webjar: the product works offline, with no CDN. The stylesheet is served without its GDS Transport
 * typeface, which is licensed for GOV.UK services only: a council's dashboard is not one, so text
 * falls back to the Design System's own fallback, Arial.
 */
@Controller
class GovukFrontendAssets implements WebMvcConfigurer {

	static final String STYLESHEET = "/assets/govuk-frontend.min.css";

	private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");

	private static final Pattern GDS_TRANSPORT = Pattern.compile("\"?GDS Transport\"?,?");

	private final String distribution;

	private final byte[] stylesheet;

	GovukFrontendAssets() {
		this.distribution = "META-INF/resources/webjars/govuk-frontend/" + version() + "/dist/govuk/";
		this.stylesheet = withoutGdsTransport(read(this.distribution + "govuk-frontend.min.css"))
			.getBytes(StandardCharsets.UTF_8);
	}

	@GetMapping(STYLESHEET)
	ResponseEntity<byte[]> stylesheet() {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/css;charset=UTF-8"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
			.body(this.stylesheet);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/images/**", "/assets/manifest.json")
			.addResourceLocations("classpath:/" + this.distribution + "assets/images/",
					"classpath:/" + this.distribution + "assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
	}

	static String withoutGdsTransport(String css) {
		return GDS_TRANSPORT.matcher(FONT_FACE.matcher(css).replaceAll("")).replaceAll("");
	}

	private static String version() {
		Properties properties = new Properties();
		try (InputStream input = new ClassPathResource("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")
			.getInputStream()) {
			properties.load(input);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("govuk-frontend is not on the classpath", ex);
		}
		return properties.getProperty("version");
	}

	private static String read(String resource) {
		try (InputStream input = new ClassPathResource(resource).getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
