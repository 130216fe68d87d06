// Each choice has a shape, a colour and its text (never colour alone: WCAG 1.4.1), the same on projector and phone.
const CHOICE_STYLES = [
  { shape: "triangle", color: "#c62828", symbol: "▲" },
  { shape: "diamond", color: "#1565c0", symbol: "◆" },
  { shape: "circle", color: "#8d6e00", symbol: "●" },
  { shape: "square", color: "#2e7d32", symbol: "■" },
  { shape: "star", color: "#6a1b9a", symbol: "★" },
  { shape: "hexagon", color: "#00695c", symbol: "⬢" },
] as const;

export function choiceStyle(i: number) {
  return CHOICE_STYLES[i % CHOICE_STYLES.length]!;
}

export function ShapeMark({ index }: { index: number }) {
  return (
    <span className="live-shape" aria-hidden="true">
      {choiceStyle(index).symbol}
    </span>
  );
}
