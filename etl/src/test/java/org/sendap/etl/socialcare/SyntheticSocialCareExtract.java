package org.sendap.etl.socialcare;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the SYNTHETIC social-care extracts shipped in {@code sample-data/social-care/}: Shropshire's
 * children with SEND known to social care at the end of September and October 2025, in the layout
 * {@link SocialCareExtractLayout} reads, as a case-management system's report would export them
 * (notes sheet, title lines, header, rows with their subtotals, a closing note). The figures are made
 * up, from a fixed seed, to plausible magnitudes: Shropshire had 2,209 children in need on 31 March
 * 2025 and about 4,000 EHC plans. Nothing here comes from a real child.
 *
 * <p>Regenerate from the repository root with:
 *
 * <pre>
 * mvn -B -q -pl etl -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp etl/target/test-classes:etl/target/classes:$(cat etl/target/test.classpath) \
 *     org.sendap.etl.socialcare.SyntheticSocialCareExtract sample-data/social-care
 * </pre>
 *
 * then update the checksums in {@code sample-data/README.md}. The same seed always gives the same
 * cells ({@code SyntheticSocialCareExtractTests} holds the shipped files to it).
 */
public final class SyntheticSocialCareExtract {

	static final long SEED = 893;

	static final List<LocalDate> SNAPSHOTS = List.of(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 31));

	static final String LA_CODE = "893";

	static final String ASSESSMENT = "Assessment";

	static final String CHILD_IN_NEED_PLAN = "Child in need plan";

	static final String CHILD_PROTECTION_PLAN = "Child protection plan";

	static final String LOOKED_AFTER = "Looked after";

	static final String CARE_LEAVER = "Care leaver";

	static final String EHC_PLAN = "EHC plan";

	static final String SEN_SUPPORT = "SEN support, no EHC plan";

	static final List<String> TEAMS = List.of("Referral and Assessment", "Children's Disability Team",
			"Safeguarding North", "Safeguarding South", "Looked After Children", "Leaving Care");

	static final List<String> AGE_BANDS = Category.AGE_BAND.values();

	static final List<String> STATUSES = Category.SOCIAL_CARE_STATUS.values();

	/** The children with SEND a team holds at one status, and the share of them with an EHC plan. */
	private record Caseload(String team, String status, int children, double ehcpShare) {
	}

	private static final List<Caseload> CASELOADS = List.of(
			new Caseload("Referral and Assessment", ASSESSMENT, 118, 0.33),
			new Caseload("Children's Disability Team", ASSESSMENT, 26, 0.62),
			new Caseload("Children's Disability Team", CHILD_IN_NEED_PLAN, 240, 0.74),
			new Caseload("Children's Disability Team", CHILD_PROTECTION_PLAN, 9, 0.67),
			new Caseload("Children's Disability Team", LOOKED_AFTER, 24, 0.83),
			new Caseload("Safeguarding North", ASSESSMENT, 14, 0.30),
			new Caseload("Safeguarding North", CHILD_IN_NEED_PLAN, 120, 0.36),
			new Caseload("Safeguarding North", CHILD_PROTECTION_PLAN, 64, 0.28),
			new Caseload("Safeguarding South", ASSESSMENT, 16, 0.31),
			new Caseload("Safeguarding South", CHILD_IN_NEED_PLAN, 135, 0.38),
			new Caseload("Safeguarding South", CHILD_PROTECTION_PLAN, 71, 0.27),
			new Caseload("Looked After Children", LOOKED_AFTER, 331, 0.49),
			new Caseload("Leaving Care", CARE_LEAVER, 156, 0.42));

	/** Share of each status's children in each age band (Under 5 ... 18 to 25). */
	private static final Map<String, double[]> AGE_PROFILES = Map.of(
			ASSESSMENT, new double[] { 0.17, 0.33, 0.36, 0.14, 0 },
			CHILD_IN_NEED_PLAN, new double[] { 0.09, 0.36, 0.40, 0.15, 0 },
			CHILD_PROTECTION_PLAN, new double[] { 0.22, 0.38, 0.33, 0.07, 0 },
			LOOKED_AFTER, new double[] { 0.07, 0.24, 0.43, 0.26, 0 },
			CARE_LEAVER, new double[] { 0, 0, 0, 0.07, 0.93 });

	/** EHC plans are rare before school age: the team's share, scaled by age band. */
	private static final double[] EHCP_BY_AGE = { 0.4, 1.0, 1.1, 1.05, 0.95 };

	private SyntheticSocialCareExtract() {
	}

	public static void main(String[] args) {
		Path folder = Path.of(args.length > 0 ? args[0] : "sample-data/social-care");
		for (Path written : writeAll(folder)) {
			System.out.println(written);
		}
	}

	static List<Path> writeAll(Path folder) {
		List<Path> written = new ArrayList<>();
		for (LocalDate snapshot : SNAPSHOTS) {
			written.add(write(folder.resolve(fileName(snapshot)), snapshot));
		}
		return written;
	}

	static String fileName(LocalDate snapshot) {
		return String.format("send-known-to-social-care_%d-%02d.xlsx", snapshot.getYear(), snapshot.getMonthValue());
	}

	static Path write(Path file, LocalDate snapshot) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new ReportSheets(workbook, snapshot).write(report(snapshot));
			Files.createDirectories(file.getParent());
			try (OutputStream output = Files.newOutputStream(file)) {
				workbook.write(output);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The report's rows in its order, each team, age band, EHC plan status and social-care status
	 * followed by its subtotal, every subtotal the sum of its parts; combinations with no children are
	 * left out, as the report leaves them out.
	 */
	static Map<List<String>, Integer> report(LocalDate snapshot) {
		Map<List<String>, Integer> cube = new LinkedHashMap<>();
		List<List<String>> order = new ArrayList<>();
		for (String team : withTotal(TEAMS, Category.TEAM)) {
			for (String age : withTotal(AGE_BANDS, Category.AGE_BAND)) {
				for (String ehcp : withTotal(Category.EHCP_STATUS.values(), Category.EHCP_STATUS)) {
					for (String status : withTotal(STATUSES, Category.SOCIAL_CARE_STATUS)) {
						order.add(List.of(team, age, ehcp, status));
					}
				}
			}
		}
		caseloads(snapshot).forEach((cell, children) -> {
			for (int subtotals = 0; subtotals < 16; subtotals++) {
				List<String> key = new ArrayList<>(cell);
				for (int i = 0; i < 4; i++) {
					if ((subtotals & (1 << i)) != 0) {
						key.set(i, Category.ALL.get(i).total());
					}
				}
				cube.merge(key, children, Integer::sum);
			}
		});
		Map<List<String>, Integer> report = new LinkedHashMap<>();
		for (List<String> key : order) {
			Integer children = cube.get(key);
			if (children != null && children > 0) {
				report.put(key, children);
			}
		}
		return report;
	}

	/** Team, age band, EHC plan status and social-care status to the number of children, no subtotals. */
	private static Map<List<String>, Integer> caseloads(LocalDate snapshot) {
		Random random = new Random(SEED * 1_000_000 + snapshot.getYear() * 100L + snapshot.getMonthValue());
		Map<List<String>, Integer> cells = new LinkedHashMap<>();
		for (Caseload caseload : CASELOADS) {
			int children = (int) Math.round(caseload.children() * (0.95 + 0.1 * random.nextDouble()));
			int[] byAge = apportion(children, AGE_PROFILES.get(caseload.status()));
			for (int age = 0; age < byAge.length; age++) {
				int withPlan = (int) Math.min(byAge[age],
						Math.round(byAge[age] * caseload.ehcpShare() * EHCP_BY_AGE[age]));
				cells.put(List.of(caseload.team(), AGE_BANDS.get(age), EHC_PLAN, caseload.status()), withPlan);
				cells.put(List.of(caseload.team(), AGE_BANDS.get(age), SEN_SUPPORT, caseload.status()),
						byAge[age] - withPlan);
			}
		}
		return cells;
	}

	/** Whole numbers in the given shares that add up to the total (largest remainders get the rest). */
	private static int[] apportion(int total, double[] shares) {
		int[] parts = new int[shares.length];
		double[] remainders = new double[shares.length];
		int given = 0;
		for (int i = 0; i < shares.length; i++) {
			double exact = total * shares[i];
			parts[i] = (int) Math.floor(exact);
			remainders[i] = exact - parts[i];
			given += parts[i];
		}
		for (; given < total; given++) {
			int largest = 0;
			for (int i = 1; i < remainders.length; i++) {
				if (remainders[i] > remainders[largest]) {
					largest = i;
				}
			}
			parts[largest]++;
			remainders[largest] = -1;
		}
		return parts;
	}

	private static List<String> withTotal(List<String> values, Category category) {
		List<String> all = new ArrayList<>(values);
		all.add(category.total());
		return all;
	}

	/** The notes sheet and the data sheet, styled as a report server exports them. */
	private static final class ReportSheets {

		private final XSSFWorkbook workbook;

		private final LocalDate snapshot;

		private final CellStyle bold;

		private final CellStyle date;

		ReportSheets(XSSFWorkbook workbook, LocalDate snapshot) {
			this.workbook = workbook;
			this.snapshot = snapshot;
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(font);
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		}

		void write(Map<List<String>, Integer> report) {
			writeNotes();
			writeData(report);
		}

		private void writeNotes() {
			Sheet notes = this.workbook.createSheet("Notes");
			notes.setColumnWidth(0, 20 * 256);
			notes.setColumnWidth(1, 120 * 256);
			title(notes, 0, "Children with SEND known to children's social care: monthly report");
			title(notes, 1, "SYNTHETIC DATA: made up for the SEND & AP dashboard's sample data. These are not "
					+ "Shropshire Council's figures; do not quote them.");
			note(notes, 3, "Report", "SEND known to CSC, monthly aggregate (children's social care case-management system)");
			note(notes, 4, "Local authority", "Shropshire (E06000051, DfE number 893)");
			note(notes, 5, "Snapshot date", null).createCell(1).setCellValue(this.snapshot);
			notes.getRow(5).getCell(1).setCellStyle(this.date);
			note(notes, 6, "Counting", "Each child or young person is counted once, in the team holding their case, at "
					+ "their status on the snapshot date: Looked after, else Child protection plan, else Child in need "
					+ "plan, else Assessment (referral accepted, assessment open). Care leavers are young people aged 16 "
					+ "to 25 the Leaving Care team supports.");
			note(notes, 7, "EHC plan status", "From the SEND record on the snapshot date: EHC plan; SEN support, no EHC "
					+ "plan. Children with no identified SEND are not in this report.");
			note(notes, 8, "Subtotals", "Rows starting 'All' are subtotals: All teams, All ages, All children with SEND, "
					+ "All social care. Combinations with no children are left out.");
			note(notes, 9, "Suppression", "None: internal management information. A council that suppresses small "
					+ "counts writes c in their place.");
			note(notes, 10, "Personal data", "None: counts only, no names, dates of birth or identifiers.");
			note(notes, 11, "Produced by", "org.sendap.etl.socialcare.SyntheticSocialCareExtract (etl/src/test), seed "
					+ SEED);
		}

		private void writeData(Map<List<String>, Integer> report) {
			Sheet data = this.workbook.createSheet("Data");
			int[] widths = { 10, 14, 28, 10, 26, 22, 10 };
			for (int column = 0; column < widths.length; column++) {
				data.setColumnWidth(column, widths[column] * 256);
			}
			title(data, 0, "Children with SEND known to children's social care, by team, age band, EHC plan status "
					+ "and social-care status");
			title(data, 1, "Snapshot " + ExtractRowMapper.shown(this.snapshot) + ". SYNTHETIC DATA, not real figures.");
			Row header = data.createRow(3);
			for (int column = 0; column < ExtractColumns.HEADERS.size(); column++) {
				header.createCell(column).setCellValue(ExtractColumns.HEADERS.get(column));
				header.getCell(column).setCellStyle(this.bold);
			}
			data.createFreezePane(0, 4);
			int rowNumber = 4;
			for (Map.Entry<List<String>, Integer> line : report.entrySet()) {
				Row row = data.createRow(rowNumber++);
				row.createCell(0).setCellValue(Integer.parseInt(LA_CODE));
				row.createCell(1).setCellValue(this.snapshot);
				row.getCell(1).setCellStyle(this.date);
				for (int i = 0; i < 4; i++) {
					row.createCell(2 + i).setCellValue(line.getKey().get(i));
				}
				row.createCell(6).setCellValue(line.getValue());
			}
			data.createRow(rowNumber + 1).createCell(0).setCellValue("Report run "
					+ ExtractRowMapper.shown(this.snapshot.plusDays(3)) + " 07:02 (synthetic)");
		}

		private void title(Sheet sheet, int row, String text) {
			sheet.createRow(row).createCell(0).setCellValue(text);
			sheet.getRow(row).getCell(0).setCellStyle(this.bold);
		}

		private static Row note(Sheet sheet, int row, String label, String text) {
			Row created = sheet.createRow(row);
			created.createCell(0).setCellValue(label);
			if (text != null) {
				created.createCell(1).setCellValue(text);
			}
			return created;
		}

	}

}
