// Listen buttons: each plays its stretch of the one audio file, and stops at its end.
// Pressing the playing button again stops it.
(function () {
  var audio = document.getElementById("er-audio");
  var playing = null;
  var end = 0;
  function stop() {
    audio.pause();
    if (playing) { playing.setAttribute("aria-pressed", "false"); }
    playing = null;
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-start]");
    if (!button) { return; }
    var again = button === playing;
    stop();
    if (again) { return; }
    playing = button;
    end = parseFloat(button.getAttribute("data-end"));
    button.setAttribute("aria-pressed", "true");
    audio.currentTime = parseFloat(button.getAttribute("data-start"));
    audio.play().catch(stop);
    // timeupdate comes only every quarter second or so: a timer stops the row on time.
    var mine = button;
    setTimeout(function check() {
      if (playing !== mine) { return; }
      var left = end - audio.currentTime;
      if (left <= 0.02) { stop(); } else { setTimeout(check, Math.min(left * 1000, 200)); }
    }, 50);
  });
  audio.addEventListener("timeupdate", function () {
    if (playing && audio.currentTime >= end) { stop(); }
  });
  audio.addEventListener("ended", stop);
}());
