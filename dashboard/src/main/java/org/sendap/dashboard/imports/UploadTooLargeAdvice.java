package org.sendap.dashboard.imports;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet's multipart limit fails before any controller runs; this sends the
 * browser back to the import history, which then says what the limit is, instead of an error page.
 * It has to be global (there is no controller yet when the request is parsed) and ahead of the
 * problem-details handler, which would answer with JSON. It needs no beans, so that the web slice
 * tests of other features, which include every advice, need not know about uploads.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

	static final String TOO_LARGE = "too-large";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge() {
		return "redirect:/imports?upload=" + TOO_LARGE;
	}

}
