// Review mode: readers say, row by row, whether they understand the booklet, which words
// are hard, and can record their own voice. Plain JavaScript, no build step. Everything a
// reader says is sent to the studio, which keeps it in the review file beside the booklet.
(() => {
  'use strict';

  const NAME_KEY = 'easyread-reviewer';
  const token = document.querySelector('meta[name="easyread-token"]').content;
  const byId = (id) => document.getElementById(id);
  let reviewer = '';
  let recorder = null;
  let playing = null;

  function say(text) {
    const box = byId('review-status');
    box.textContent = '';
    // A short wait makes screen readers say the same message again when it repeats.
    window.setTimeout(() => { box.textContent = text; }, 60);
  }

  function remembered() {
    try { return window.localStorage.getItem(NAME_KEY) || ''; } catch (error) { return ''; }
  }

  function remember(name) {
    try { window.localStorage.setItem(NAME_KEY, name); } catch (error) { /* private window */ }
  }

  function showName() {
    const known = Boolean(reviewer);
    byId('review-name-form').hidden = known;
    byId('review-who').hidden = !known;
    byId('review-rows').hidden = !known;
    byId('review-who-name').textContent = reviewer;
  }

  // Only the row the change was about is shown from the answer: answers to requests sent
  // at once can come back in any order, and an older one must not undo a newer one.
  async function post(url, body, key, kind) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': kind || 'application/json', 'X-Easyread-Token': token },
      body: kind ? body : JSON.stringify(body),
    });
    let data = {};
    try { data = await response.json(); } catch (error) { data = {}; }
    if (response.ok) show(data, key);
    else say(data.error || 'Something went wrong. It was not saved.');
    return response.ok;
  }

  // Mark what this reader already said on each row: their answer, their hard words, and
  // whether the row has a recording.
  function show(data, only) {
    for (const row of data.rows || []) {
      if (only !== undefined && row.key !== only) continue;
      const section = document.querySelector(`.review-row[data-key="${CSS.escape(row.key)}"]`);
      if (!section) continue;
      const mine = (row.answers || []).filter((answer) => answer.reviewer === reviewer);
      const last = mine.length ? mine[mine.length - 1] : null;
      const answer = last && !last.stale ? last.answer : '';
      section.querySelector('[data-review="understand"]')
        .setAttribute('aria-pressed', String(answer === 'understand'));
      section.querySelector('[data-review="not-sure"]')
        .setAttribute('aria-pressed', String(answer === 'not-sure'));
      // The reader's own words come back when they open the box again.
      const box = section.querySelector('.review-comment textarea');
      if (answer === 'not-sure' && last.comment && !box.value) box.value = last.comment;
      const words = new Set();
      for (const hard of row.hard_words || []) {
        if (typeof hard === 'string') words.add(hard.toLowerCase());
        else if (hard && hard.reviewer === reviewer && hard.word) words.add(hard.word.toLowerCase());
      }
      for (const button of section.querySelectorAll('[data-review="word"]')) {
        const marked = words.has(button.dataset.word.toLowerCase());
        button.setAttribute('aria-pressed', String(marked));
        // The name says it too, for readers whose screen reader does not say "pressed".
        if (marked) button.setAttribute('aria-label', `${button.textContent} (your hard word)`);
        else button.removeAttribute('aria-label');
      }
      const audio = section.querySelector('.review-recording');
      const url = `/review/recording/${encodeURIComponent(row.key)}`;
      if (row.recording) {
        audio.src = `${url}?t=${Date.now()}`;
        audio.setAttribute('aria-label', 'Your recording');
      } else {
        audio.removeAttribute('src');
      }
      audio.hidden = !row.recording;
      section.querySelector('[data-review="remove"]').hidden = !row.recording;
      section.dataset.recording = row.recording ? 'yes' : 'no';
    }
  }

  async function load() {
    const response = await fetch('/api/review', { cache: 'no-store' });
    if (response.ok) show(await response.json());
  }

  function keyOf(element) { return element.closest('.review-row').dataset.key; }

  function speakInBrowser(section) {
    if (!('speechSynthesis' in window)) { say('This computer cannot read the words aloud.'); return; }
    const words = [...section.querySelectorAll('.review-line')].map((line) => line.textContent);
    const speech = new SpeechSynthesisUtterance(words.join(' '));
    speech.lang = document.documentElement.lang;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(speech);
  }

  // Listen: the reader's recording if there is one, else the booklet's voice, else the
  // browser's own voice.
  function listen(button) {
    const section = button.closest('.review-row');
    if (playing) { playing.pause(); playing = null; }
    const url = section.dataset.recording === 'yes'
      ? `/review/recording/${encodeURIComponent(section.dataset.key)}` : button.dataset.clip;
    const sound = new Audio(url);
    playing = sound;
    sound.play().catch(() => speakInBrowser(section));
  }

  async function answer(button, kind) {
    const section = button.closest('.review-row');
    const form = section.querySelector('.review-comment');
    if (kind === 'not-sure') {
      form.hidden = false;
      form.querySelector('textarea').focus();
      say('Write what is not clear, then press Save.');
      return;
    }
    form.hidden = true;
    if (await post('/api/review/answer', { key: keyOf(button), reviewer, answer: kind }, keyOf(button))) {
      say('Saved: you understand this part.');
    }
  }

  async function saveComment(form) {
    const comment = form.querySelector('textarea').value;
    if (await post('/api/review/answer',
      { key: keyOf(form), reviewer, answer: 'not-sure', comment }, keyOf(form))) {
      form.hidden = true;
      form.closest('.review-row').querySelector('[data-review="not-sure"]').focus();
      say('Saved: you are not sure about this part. Thank you.');
      window.setTimeout(follow, 1500);
    }
  }

  // A word pressed once is a hard word; pressed again, it is taken off (a tap by mistake).
  // What the studio sends back marks the words (show), so the page shows the review file.
  async function hardWord(button) {
    if (button.dataset.busy) return;
    const word = button.dataset.word;
    const marked = button.getAttribute('aria-pressed') === 'true';
    button.dataset.busy = 'yes';
    try {
      const url = marked ? '/api/review/word/remove' : '/api/review/word';
      if (await post(url, { key: keyOf(button), reviewer, word }, keyOf(button))) {
        say(marked ? `"${word}" is taken off your hard words.`
          : `Saved: "${word}" is a hard word. Press it again to take it off.`);
      }
    } finally {
      delete button.dataset.busy;
    }
  }

  // The recording, as 16-bit PCM WAV: what the audio version reads (easyread.audio).
  function wav(buffer) {
    const channels = buffer.numberOfChannels;
    const length = buffer.length;
    const data = new DataView(new ArrayBuffer(44 + length * 2));
    const text = (at, value) => { for (let i = 0; i < value.length; i += 1) data.setUint8(at + i, value.charCodeAt(i)); };
    text(0, 'RIFF'); data.setUint32(4, 36 + length * 2, true); text(8, 'WAVE');
    text(12, 'fmt '); data.setUint32(16, 16, true); data.setUint16(20, 1, true);
    data.setUint16(22, 1, true); data.setUint32(24, buffer.sampleRate, true);
    data.setUint32(28, buffer.sampleRate * 2, true); data.setUint16(32, 2, true);
    data.setUint16(34, 16, true); text(36, 'data'); data.setUint32(40, length * 2, true);
    const parts = [];
    for (let c = 0; c < channels; c += 1) parts.push(buffer.getChannelData(c));
    for (let i = 0; i < length; i += 1) {
      let sum = 0;
      for (const part of parts) sum += part[i];
      const value = Math.max(-1, Math.min(1, sum / channels));
      data.setInt16(44 + i * 2, value < 0 ? value * 0x8000 : value * 0x7fff, true);
    }
    return new Blob([data.buffer], { type: 'audio/wav' });
  }

  async function record(button) {
    const section = button.closest('.review-row');
    if (recorder) { say('Press Stop first.'); return; }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      say('The microphone cannot be used. Ask someone to let this page use the microphone.');
      return;
    }
    const chunks = [];
    const made = new MediaRecorder(stream);
    recorder = made;
    made.addEventListener('dataavailable', (event) => { if (event.data.size) chunks.push(event.data); });
    made.addEventListener('stop', async () => {
      for (const track of stream.getTracks()) track.stop();
      recorder = null;
      button.hidden = false;
      section.querySelector('[data-review="stop"]').hidden = true;
      button.focus();
      say('Saving your recording.');
      try {
        const encoded = await new Blob(chunks, { type: made.mimeType }).arrayBuffer();
        const context = new AudioContext();
        const sound = await context.decodeAudioData(encoded);
        context.close();
        const url = `/api/review/recording?key=${encodeURIComponent(section.dataset.key)}` +
          `&reviewer=${encodeURIComponent(reviewer)}`;
        if (await post(url, wav(sound), section.dataset.key, 'audio/wav')) {
          say('Saved: your recording. You can play it or remove it.');
          window.setTimeout(follow, 1500);
        }
      } catch (error) {
        say('The recording did not work. Please try again.');
      }
    });
    made.start();
    button.hidden = true;
    const stop = section.querySelector('[data-review="stop"]');
    stop.hidden = false;
    stop.focus();
    say('Recording. Read the words, then press Stop.');
  }

  async function removeRecording(button) {
    const section = button.closest('.review-row');
    if (await post('/api/review/remove', { key: section.dataset.key, reviewer }, section.dataset.key)) {
      section.querySelector('[data-review="record"]').focus();
      say('The recording is removed.');
    }
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-review]');
    if (!button) return;
    switch (button.dataset.review) {
      case 'listen': listen(button); break;
      case 'understand': answer(button, 'understand'); break;
      case 'not-sure': answer(button, 'not-sure'); break;
      case 'word': hardWord(button); break;
      case 'record': record(button); break;
      case 'stop': if (recorder) recorder.stop(); break;
      case 'remove': removeRecording(button); break;
      case 'change-name':
        reviewer = '';
        showName();
        byId('review-name').focus();
        break;
      default: break;
    }
  });

  // In a row's words, the arrow keys, Home and End move between the words.
  document.addEventListener('keydown', (event) => {
    const word = event.target.closest && event.target.closest('.review-word');
    if (!word) return;
    const words = [...word.closest('.review-words').querySelectorAll('.review-word')];
    const at = words.indexOf(word);
    const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1,
      Home: 0, End: words.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = words[Math.max(0, Math.min(words.length - 1, moves[event.key]))];
    word.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  });

  // When the booklet file changes, show the new words, unless the reader is in the middle
  // of writing or recording: then say so, and show them after.
  let changed = false;
  function busy() {
    if (recorder) return true;
    return [...document.querySelectorAll('.review-comment')]
      .some((form) => !form.hidden && form.querySelector('textarea').value.trim());
  }
  function follow() {
    if (!changed) return;
    if (busy()) { say('The booklet has changed. Save your answer to see the new words.'); return; }
    window.location.reload();
  }
  let version = null;
  const events = new EventSource('/events');
  events.addEventListener('change', (event) => {
    const now = String(JSON.parse(event.data).version);
    if (version !== null && now !== version) { changed = true; follow(); }
    version = now;
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    event.preventDefault();
    if (form.id === 'review-name-form') {
      const name = byId('review-name').value.trim();
      if (!name) { say('Write your name first.'); byId('review-name').focus(); return; }
      reviewer = name;
      remember(name);
      showName();
      load();
      say(`Hello ${name}. Now read the first part.`);
      const first = document.querySelector('.review-row [data-review="listen"]');
      if (first) first.focus();
    } else if (form.classList.contains('review-comment')) {
      saveComment(form);
    }
  });

  // Browsers only give the microphone to secure pages (such as the studio on this same
  // computer): elsewhere there is no Record button, rather than one that cannot work.
  if (!window.isSecureContext || !navigator.mediaDevices || !window.MediaRecorder) {
    for (const button of document.querySelectorAll('[data-review="record"]')) button.hidden = true;
  }

  reviewer = remembered();
  byId('review-name').value = reviewer;
  showName();
  if (reviewer) load(); else byId('review-name').focus();
})();
