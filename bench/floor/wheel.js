// One wheel listener (not passive, like a zoomable view's), one frame per burst of notches, one mark
// drawn where the zoom puts it. Nothing else: no layout, no DOM, no framework.
const canvas = document.querySelector('canvas');
const ctx = canvas.getContext('2d');
let k = 1;
let frame = 0;
const draw = () => {
  frame = 0;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#2563eb';
  ctx.fillRect(canvas.width / 2 + 100 * k, 120, 12, 22);
};
canvas.addEventListener(
  'wheel',
  (event) => {
    event.preventDefault();
    k *= event.deltaY < 0 ? 1.25 : 0.8;
    if (!frame) frame = requestAnimationFrame(draw);
  },
  { passive: false },
);
draw();
