// CircDiff
