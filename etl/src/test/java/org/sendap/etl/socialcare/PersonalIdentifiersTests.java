package org.sendap.etl.socialcare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentifiersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Child name|a name", "First Name|a name", "surname|a name",
			"D.O.B.|a date of birth", "Date of Birth|a date of birth", "NHS No|an NHS number", "UPN|a pupil number",
			"Child_ID|a person's ID in a case system", "Mosaic ID|a person's ID in a case system",
			"LCS Case Number|a person's ID in a case system", "ID|a person's ID in a case system",
			"Home postcode|an address", "Address line 1|an address", "NI number|a National Insurance number" })
	void headersThatIdentifyAPersonAreKnownAndSayWhatTheyAre(String header, String kind) {
		assertThat(PersonalIdentifiers.kind(header)).contains(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "LA code", "Snapshot date", "Team", "Age band", "EHC plan status", "Social care status",
			"Children", "Team name", "LA name", "Local authority name", "Team ID", "Number of children", "Primary need" })
	void theLayoutsOwnColumnsAndOrganisationNamesAreNot(String header) {
		assertThat(PersonalIdentifiers.kind(header)).isEmpty();
	}

}
