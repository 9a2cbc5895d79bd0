"""The evidence finders of the alignment: each module reads one kind of answer to an item
out of a response (`view.ResponseView`, what every finder reads) and yields the passages
(`passage.Passage`) that `crosswalk.align.crosswalk` weighs into a status."""
