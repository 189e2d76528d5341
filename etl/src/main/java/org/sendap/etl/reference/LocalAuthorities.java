package org.sendap.etl.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.source.SourceRow;

/**
 * The 153 local authorities shipped with the product ({@value AreaReferenceLoader#LOCAL_AUTHORITIES}),
 * found by either code a council's own systems use: the ONS code ({@code E06000051}) or the DfE number
 * ({@code 893}). The area dimension is filled from them, and sources that name an LA by code alone
 * (a council's local extracts) are placed through them.
 */
public final class LocalAuthorities {

	public static final String LOOKUP = AreaReferenceLoader.LOCAL_AUTHORITIES;

	private static final LocalAuthorities SHIPPED = read();

	private final List<AreaRef> all;

	private final Map<String, AreaRef> byCode = new HashMap<>();

	private LocalAuthorities(List<AreaRef> all) {
		this.all = List.copyOf(all);
		for (AreaRef la : all) {
			this.byCode.put(la.code().toUpperCase(Locale.ROOT), la);
			this.byCode.put(la.oldCode(), la);
		}
	}

	public static LocalAuthorities shipped() {
		return SHIPPED;
	}

	/** Every LA, with its region as parent, in the order of the lookup. */
	public List<AreaRef> all() {
		return this.all;
	}

	/** The LA, with its region as parent, by its ONS code or DfE number; empty for any other code. */
	public Optional<AreaRef> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code.trim().toUpperCase(Locale.ROOT)));
	}

	private static LocalAuthorities read() {
		ReferenceTable table = ReferenceTable.read(LOOKUP);
		int newCode = table.column("new_la_code");
		int oldCode = table.column("old_la_code");
		int name = table.column("la_name");
		int regionCode = table.column("region_code");
		int regionName = table.column("region_name");
		AreaRef england = AreaRef.england();
		List<AreaRef> all = new ArrayList<>();
		for (SourceRow row : table.rows()) {
			AreaRef region = new AreaRef(AreaRef.REGION, row.value(regionCode), null, row.value(regionName), england);
			all.add(new AreaRef(AreaRef.LOCAL_AUTHORITY, row.value(newCode), row.value(oldCode), row.value(name), region));
		}
		return new LocalAuthorities(all);
	}

}
