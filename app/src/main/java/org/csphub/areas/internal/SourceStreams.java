package org.csphub.areas.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import org.csphub.areas.SourceFile;

/** Opens an import file, decompressing it if it starts with the gzip signature. */
final class SourceStreams {

	private SourceStreams() {
	}

	static InputStream open(SourceFile file) throws IOException {
		InputStream in = new BufferedInputStream(file.content().getInputStream(), 65536);
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return first == 0x1f && second == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 65536), 65536) : in;
	}

}
