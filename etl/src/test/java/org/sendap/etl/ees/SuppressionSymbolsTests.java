package org.sendap.etl.ees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuppressionSymbolsTests {

	@ParameterizedTest
	@ValueSource(strings = { "c", "x", "z", "low", "u", "k", ":", "~", "*", "[c]", "[x]", "[z]", "[low]", "..", "-" })
	void publishedSymbolIsASymbolAndNotANumber(String cell) {
		assertThat(SuppressionSymbols.isSymbol(cell)).isTrue();
		assertThat(SuppressionSymbols.isNumber(cell)).isFalse();
	}

	@Test
	void symbolIsKeptAsWrittenInLowerCase() {
		assertThat(SuppressionSymbols.symbol("x")).isEqualTo("x");
		assertThat(SuppressionSymbols.symbol(" LOW ")).isEqualTo("low");
		assertThat(SuppressionSymbols.symbol("[C]")).isEqualTo("[c]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "253", "38.3", "0", "57.900000000000", "-4", "+1.5", ".5", "1e3", " 666 " })
	void numberIsANumberAndNotASymbol(String cell) {
		assertThat(SuppressionSymbols.isNumber(cell)).isTrue();
		assertThat(SuppressionSymbols.isSymbol(cell)).isFalse();
	}

	@Test
	void numberIsReadExactly() {
		assertThat(SuppressionSymbols.number("57.900000000000")).isEqualTo(new BigDecimal("57.900000000000"));
		assertThat(SuppressionSymbols.number("0.1")).isEqualTo(new BigDecimal("0.1"));
	}

	@Test
	void thousandsSeparatorsAreRemoved() {
		assertThat(SuppressionSymbols.isNumber("402,400")).isTrue();
		assertThat(SuppressionSymbols.number("402,400")).isEqualTo(new BigDecimal("402400"));
	}

	@Test
	void blankCellIsKeptAsBlankNotZero() {
		assertThat(SuppressionSymbols.isNumber("")).isFalse();
		assertThat(SuppressionSymbols.isBlank("  ")).isTrue();
		assertThat(SuppressionSymbols.symbol("")).isEqualTo(SuppressionSymbols.BLANK);
		assertThat(SuppressionSymbols.symbol("   ")).isEqualTo("blank");
	}

	@Test
	void categoricalTextIsKeptVerbatim() {
		assertThat(SuppressionSymbols.isNumber("Y")).isFalse();
		assertThat(SuppressionSymbols.isSymbol("Y")).isFalse();
		assertThat(SuppressionSymbols.symbol(" Y ")).isEqualTo("Y");
	}

	@ParameterizedTest
	@ValueSource(strings = { ".", "+", "1.2.3", "12%", "n/a", "1 234" })
	void textThatLooksNumericIsNotANumber(String cell) {
		assertThat(SuppressionSymbols.isNumber(cell)).isFalse();
	}

	@Test
	void commaThatIsNotAThousandsSeparatorIsNotANumber() {
		assertThat(SuppressionSymbols.isNumber("38,3")).isFalse();
		assertThat(SuppressionSymbols.isNumber("1,2,3")).isFalse();
		assertThat(SuppressionSymbols.isNumber("12,34")).isFalse();
	}

}
