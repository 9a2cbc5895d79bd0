"""F1 of matched, predicted and gold counts, as the cross-validation benches print it."""


def f1(matched: int, predicted: int, gold: int) -> float:
    """The referee's pooled F1, 2 x matched / (predicted + gold); 1.0 when there is
    neither a prediction nor a gold label."""
    return 2 * matched / (predicted + gold) if predicted + gold else 1.0
