package org.csphub.incidents;

import java.time.YearMonth;

/**
 * A source of incidents with at least one month loaded, such as {@code police-uk-street:leicestershire}
 * or {@code partner:fly-tipping}.
 * @param monthsLoaded how many months are loaded between {@code first} and {@code last} inclusive; fewer
 *        than the months in that span when some are missing
 */
public record IncidentSource(String code, YearMonth first, YearMonth last, int monthsLoaded) {

	/** A name for people: "police.uk street crime and ASB (leicestershire)" or "Partner data: fly-tipping". */
	public String label() {
		int colon = code.indexOf(':');
		String kind = colon < 0 ? code : code.substring(0, colon);
		String publisher = colon < 0 ? "" : code.substring(colon + 1);
		if (kind.equals("police-uk-street")) {
			return "police.uk street crime and ASB (" + publisher + ")";
		}
		if (kind.equals("partner")) {
			return "Partner data: " + publisher;
		}
		return code;
	}

	/** True for police.uk street-level crime and ASB, the default source of profiles. */
	public boolean policeUkStreet() {
		return code.startsWith("police-uk-street:");
	}

}
