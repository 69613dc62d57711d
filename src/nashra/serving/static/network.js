// a node's lines stand out while it is hovered or focused (the page works without this)
for (const node of document.querySelectorAll("svg.network .node")) {
  const i = node.dataset.i;
  const lines = document.querySelectorAll(`svg.network line[data-a="${i}"], svg.network line[data-b="${i}"]`);
  const lit = (on) => { for (const line of lines) line.classList.toggle("lit", on); node.classList.toggle("lit", on); };
  for (const [event, on] of [["mouseenter", true], ["mouseleave", false], ["focusin", true], ["focusout", false]]) {
    node.addEventListener(event, () => lit(on));
  }
}
