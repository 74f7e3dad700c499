package org.csphub.analyse.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.csphub.analysis.weights.GalFormat;
import org.csphub.analysis.weights.GwtFormat;
import org.csphub.analysis.weights.SpatialWeights;
import org.csphub.analysis.weights.WeightsFormatException;
import org.csphub.shared.cli.CliUsageException;
import org.csphub.shared.cli.CommandFailedException;

/**
 * Reads spatial weights from a GeoDa file: {@code .gal} (contiguity, binary) or {@code .gwt} (a weight
 * per pair), by the file's extension ({@code .gz} after it too). Format errors name the file and line.
 */
public final class WeightsReader {

	private WeightsReader() {
	}

	/**
	 * The weights, for the given observation ids in their order, or (ids null) for the ids in the file,
	 * in its order.
	 */
	public static SpatialWeights read(Path path, List<String> ids) throws IOException {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
		boolean gal = name.endsWith(".gal");
		if (!gal && !name.endsWith(".gwt")) {
			throw new CliUsageException("--weights " + path + ": the file must end in .gal or .gwt (GeoDa's formats)");
		}
		DataFiles.Source source = DataFiles.file(path);
		try (Reader reader = new InputStreamReader(source.open(), StandardCharsets.UTF_8)) {
			return gal ? GalFormat.read(reader, ids) : GwtFormat.read(reader, ids);
		}
		catch (WeightsFormatException ex) {
			throw new CommandFailedException(source.name() + (ex.line() > 0 ? ", " : ": ") + ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw new CommandFailedException(source.name() + ": " + ex.getMessage());
		}
	}

}
