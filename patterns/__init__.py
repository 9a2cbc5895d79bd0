"""Rule data for crosswalk: token patterns, gazetteers and cue lists (shipped as `pipeline.patterns`)."""
