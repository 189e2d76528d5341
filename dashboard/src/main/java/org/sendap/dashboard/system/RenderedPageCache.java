package org.sendap.dashboard.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sendap.dashboard.kpi.KpiSeriesService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the HTML of the overview and KPI pages as rendered, by URL, until the warehouse changes: a
 * page's figures depend only on the warehouse and its URL (the LA and every choice are in it), and
 * board members open the same few pages before a meeting. Downloads, the API and the import pages
 * (which show imports as they run) are never kept.
 */
class RenderedPageCache extends OncePerRequestFilter {

	/** Pages kept at most: about 100 KB each. */
	static final int PAGES = 400;

	private record Page(byte[] body, String contentType, String contentLanguage) {
	}

	private final VersionedCache<String, Page> pages;

	private final KpiSeriesService kpis;

	RenderedPageCache(WarehouseVersion version, KpiSeriesService kpis) {
		this.pages = new VersionedCache<>(version, PAGES);
		this.kpis = kpis;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean page = path.equals("/") || (path.startsWith("/kpis/") && !path.contains("/download/"));
		return !HttpMethod.GET.matches(request.getMethod()) || !page;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The catalogue too: the data team may change a KPI's name or definition without an import
		String key = this.kpis.catalogue().hashCode() + " " + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		Page page = this.pages.getIfPresent(key);
		if (page == null) {
			ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, capture);
			if (capture.getStatus() == HttpServletResponse.SC_OK && capture.getContentType() != null
					&& capture.getContentType().startsWith("text/html")) {
				this.pages.put(key, new Page(capture.getContentAsByteArray(), capture.getContentType(),
						capture.getHeader(HttpHeaders.CONTENT_LANGUAGE)));
			}
			capture.copyBodyToResponse();
			return;
		}
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

}
