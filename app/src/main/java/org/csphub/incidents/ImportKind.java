package org.csphub.incidents;

/** The kinds of file CSP Hub imports incidents from. */
public enum ImportKind {

	POLICE_UK_STREET("police.uk street-level crime and ASB", "police-uk-street"),
	POLICE_UK_OUTCOMES("police.uk outcomes", "police-uk-outcomes"),
	POLICE_UK_STOP_SEARCH("police.uk stop and search", "police-uk-stop-search"),
	PARTNER("partner data", "partner");

	private final String label;

	private final String sourcePrefix;

	ImportKind(String label, String sourcePrefix) {
		this.label = label;
		this.sourcePrefix = sourcePrefix;
	}

	public String label() {
		return label;
	}

	/** The source code of this kind of data from one publisher, for example {@code police-uk-street:leicestershire}. */
	public String sourceCode(String publisher) {
		return sourcePrefix + ":" + publisher;
	}

}
