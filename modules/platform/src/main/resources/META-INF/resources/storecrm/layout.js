// The phone menu button (layout.xhtml): a handler bound here, as the Content-Security-Policy runs
// no inline onclick.
document.addEventListener('click', function (event) {
  if (event.target.closest('#menu-toggle')) {
    document.body.classList.toggle('menu-open');
  }
});
