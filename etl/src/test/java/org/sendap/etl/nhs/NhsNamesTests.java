package org.sendap.etl.nhs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sendap.etl.pipeline.AreaRef;

/**
 * Names and labels as the NHS workbooks spell them, edition by edition.
 */
class NhsNamesTests {

	private final NhsGeography geography = NhsGeography.shipped();

	@Test
	void icbFoundByTheShortNameTheCapitalisedNameOrEitherCode() {
		AreaRef icb = this.geography.byName(AreaRef.ICB, "Shropshire, Telford and Wrekin").orElseThrow();

		assertThat(icb.code()).isEqualTo("E54000011");
		assertThat(icb.odsCode()).isEqualTo("QOC");
		assertThat(icb.parent().name()).isEqualTo("Midlands");
		assertThat(this.geography.byName(AreaRef.ICB, "SHROPSHIRE, TELFORD AND WREKIN")).contains(icb);
		assertThat(this.geography.byName(AreaRef.ICB, "NHS Shropshire, Telford and Wrekin Integrated Care Board")).contains(icb);
		assertThat(this.geography.byName(AreaRef.ICB, "Hampshire and Isle Of Wight")).isPresent();
		assertThat(this.geography.byCode("qoc")).contains(icb);
		assertThat(this.geography.byCode("E54000011")).contains(icb);
	}

	@Test
	void regionsInCapitalsAndSubIcbLocationsByOdsCode() {
		assertThat(this.geography.byName(AreaRef.NHS_REGION, "NORTH EAST AND YORKSHIRE").orElseThrow().code())
			.isEqualTo("E40000012");
		AreaRef subIcb = this.geography.byCode("M2L0M").orElseThrow();
		assertThat(subIcb.code()).isEqualTo("E38000257");
		assertThat(subIcb.parent().odsCode()).isEqualTo("QOC");
		assertThat(this.geography.regions()).hasSize(7);
		assertThat(this.geography.icbs()).hasSize(42);
		assertThat(this.geography.subIcbs()).hasSize(106);
	}

	@Test
	void serviceLabelsOfEveryEditionMeetInOneSpelling() {
		assertThat(ChsServices.canonical("(CYP) Therapy interventions: speech and language"))
			.isEqualTo("(CYP) Therapy interventions: Speech and language");
		assertThat(ChsServices.canonical("(CYP)  THERAPY INTERVENTIONS:SPEECH AND LANGUAGE"))
			.isEqualTo("(CYP) Therapy interventions: Speech and language");
		assertThat(ChsServices.canonical("(CYP) A service NHS England adds later")).isEqualTo("(CYP) A service NHS England adds later");
		assertThat(ChsServices.isKnown("(A) Nursing and Therapy support for LTCs: MND")).isTrue();
	}

	@Test
	void organisationColumnsAreKnownByTheirHeaderWhateverTheCaseSpacingAndPunctuation() {
		assertThat(ChsColumn.byHeader("Organisation Name")).contains(ChsColumn.NAME);
		assertThat(ChsColumn.byHeader("ORGANISATION  NAME")).contains(ChsColumn.NAME);
		assertThat(ChsColumn.byHeader("name")).as("Table 4g of the August 2023 edition").contains(ChsColumn.NAME);
		assertThat(ChsColumn.byHeader("level")).contains(ChsColumn.TYPE);
		assertThat(ChsColumn.byHeader("Org_Code:")).contains(ChsColumn.CODE);
		assertThat(ChsColumn.byHeader("Sub-ICB Location Code")).isEmpty();
		assertThat(ChsServices.isService("(CYP) A service NHS England adds later")).isTrue();
		assertThat(ChsServices.isService("Trust Type")).isFalse();
	}

	@Test
	void organisationTypesAreTheLevelsOfTheAreaDimension() {
		assertThat(ChsOrganisationTypes.level("National")).contains(AreaRef.NATIONAL);
		assertThat(ChsOrganisationTypes.level("REGION")).contains(AreaRef.NHS_REGION);
		assertThat(ChsOrganisationTypes.level("Integrated Care Board")).contains(AreaRef.ICB);
		assertThat(ChsOrganisationTypes.level("Organisation")).as("March to July 2023").contains(AreaRef.PROVIDER);
		assertThat(ChsOrganisationTypes.level("Provider")).as("from August 2023").contains(AreaRef.PROVIDER);
		assertThat(ChsOrganisationTypes.level("QOC")).isEmpty();
	}

	@Test
	void providersAreKeyedByTheirNameWhateverThePunctuation() {
		assertThat(ChsAreas.provider("Lancashire & South Cumbria NHS Foundation Trust", "").code())
			.isEqualTo(ChsAreas.provider("Lancashire and South Cumbria NHS Foundation Trust", "").code())
			.isEqualTo("provider:lancashire-and-south-cumbria-nhs-foundation-trust");
	}

	@Test
	void tableTitlesGiveTheIndicator() {
		assertThat(ChsWorkbookInspector.indicator("Total waiting list")).containsExactly("waiting_list_total",
				"Total waiting list");
		assertThat(ChsWorkbookInspector.indicator("Number waiting >18-52 weeks (127-364 days)")[0])
			.isEqualTo("waiting_18_52_weeks");
		assertThat(ChsWorkbookInspector.indicator("Number waiting 0-1 weeks (0-7 days)")[0]).isEqualTo("waiting_0_1_weeks");
		assertThat(ChsWorkbookInspector.indicator("Number waiting over 52 weeks (over 365 days)")[0])
			.isEqualTo("waiting_over_52_weeks");
	}

}
