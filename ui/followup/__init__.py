"""Follow-up: the review worklist, recording a review, goal history and the practice overview."""
