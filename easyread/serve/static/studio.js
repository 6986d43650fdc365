// The easyread studio page: change rows, choose pictures, and follow changes to the file.
// Plain JavaScript, no build step. Every change is sent to the server, which edits the
// Markdown file and tells every open page to draw the booklet again.
(() => {
  'use strict';

  const meta = (name) => {
    const tag = document.querySelector(`meta[name="easyread-${name}"]`);
    return tag ? tag.content : '';
  };
  const token = meta('token');
  let hash = meta('hash');
  let version = meta('version');
  let pending = false;
  // While a change is being sent, the file's change event is our own save: the answer to
  // the save draws the page, so the event must not draw it again or say the file changed.
  let saving = false;
  let missed = null;
  let focusAfter = null;
  let pictureRow = null;
  let chosen = null;
  let searchTimer = null;

  const byId = (id) => document.getElementById(id);
  const buttonsFor = (row) => document.querySelector(`.studio-buttons[data-row="${row}"]`);

  let said = '';

  // The status box is redrawn with the page, so look it up when writing, not before.
  function say(text) {
    said = text;
    const box = byId('studio-status');
    if (box) box.textContent = '';
    window.setTimeout(() => {
      const now = byId('studio-status');
      if (now && said === text) now.textContent = text;
    }, 60);
  }

  function editor() { return document.querySelector('.studio-editor'); }

  function dirty() {
    const form = editor();
    return Boolean(form) && form.querySelector('textarea').value !== form.dataset.original;
  }

  function busy() { return dirty() || Boolean(document.querySelector('dialog[open]')); }

  function focusRow(target) {
    if (!target) return;
    for (const row of [target.row, target.row - 1, 0]) {
      const found = document.querySelector(`button[data-action="${target.action}"][data-row="${row}"]`) ||
        document.querySelector(`button[data-action="edit"][data-row="${row}"]`);
      if (found) { found.focus(); return; }
    }
  }

  // Draw the page again from the server, keeping the scroll place and the focus.
  async function redraw() {
    if (busy()) {
      pending = true;
      say('The booklet file has changed. Save or cancel your change to see the new version.');
      return;
    }
    pending = false;
    const response = await fetch('/', { cache: 'no-store' });
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
    if (busy()) { pending = true; return; }
    const active = document.activeElement;
    const keep = active && active.dataset && active.dataset.action && active.dataset.row
      ? { row: Number(active.dataset.row), action: active.dataset.action } : null;
    const top = window.scrollY;
    const style = fresh.querySelector('head style');
    const oldStyle = document.querySelector('head style');
    if (style && oldStyle) oldStyle.textContent = style.textContent;
    for (const name of ['hash', 'version']) {
      const tag = fresh.querySelector(`meta[name="easyread-${name}"]`);
      const mine = document.querySelector(`meta[name="easyread-${name}"]`);
      if (tag && mine) mine.content = tag.content;
    }
    hash = meta('hash');
    version = meta('version');
    document.title = fresh.title;
    document.body.className = fresh.body.className;
    document.body.replaceChildren(...fresh.body.childNodes);
    const status = byId('studio-status');
    if (status && said) status.textContent = said;
    window.scrollTo(0, top);
    focusRow(focusAfter || keep);
    focusAfter = null;
  }

  async function send(url, body) {
    saving = true;
    missed = null;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Easyread-Token': token },
        body: JSON.stringify({ ...body, hash }),
      });
      let data = {};
      try { data = await response.json(); } catch (error) { data = {}; }
      return { code: response.status, data };
    } finally {
      saving = false;
    }
  }

  // The server saved the change: this page now stands for that version of the file.
  function saved(data) {
    hash = data.hash;
    version = String(data.version);
    pending = false;
    missed = null;
  }

  // A change to the file came while a change that was not saved was being sent: show it.
  function catchUp() {
    const seen = missed;
    missed = null;
    if (seen !== null && seen !== String(version)) redraw();
  }

  function ask(title, text, yes, no) {
    return new Promise((resolve) => {
      const dialog = byId('studio-ask');
      byId('studio-ask-title').textContent = title;
      byId('studio-ask-text').textContent = text;
      const yesButton = byId('studio-ask-yes');
      const noButton = byId('studio-ask-no');
      yesButton.textContent = yes;
      noButton.textContent = no;
      const done = (value) => { if (dialog.open) dialog.close(); resolve(value); };
      yesButton.onclick = () => done(true);
      noButton.onclick = () => done(false);
      dialog.oncancel = () => resolve(false);
      dialog.showModal();
      noButton.focus();
    });
  }

  function problem(text) {
    const box = editor() && editor().querySelector('.studio-message');
    if (box) box.textContent = text; else say(text);
  }

  async function change(body, focus) {
    let { code, data } = await send('/api/edit', body);
    if (code === 409) {
      const anyway = await ask('Someone changed the booklet file',
        'The booklet file was changed after this page was shown, maybe in another program. ' +
        'Do you want to save your change anyway?', 'Save my change anyway', 'Show the new version');
      if (!anyway) {
        pending = false;  // the redraw below shows it; closing the editor must not draw too
        closeEditor(false); await redraw(); say('This is the newest version.'); return;
      }
      ({ code, data } = await send('/api/edit', { ...body, force: true }));
    }
    if (code === 200) {
      saved(data);
      closeEditor(false);
      focusAfter = focus;
      await redraw();
      say('Saved. The booklet file is up to date.');
      return;
    }
    problem(data.error || 'Something went wrong, so the change was not saved.');
    catchUp();
  }

  // Changing the words of a row, or writing a new row.
  function openEditor(row, mode) {
    if (dirty()) {
      say('Save or cancel the change you are making first.');
      editor().querySelector('textarea').focus();
      return;
    }
    closeEditor(false);
    const box = buttonsFor(row);
    const form = document.createElement('form');
    form.className = 'studio-editor';
    form.dataset.row = String(row);
    form.dataset.mode = mode;
    form.dataset.original = mode === 'edit' ? box.dataset.text : '';
    const id = `studio-words-${row}`;
    form.innerHTML = `<label for="${id}"></label><textarea id="${id}" spellcheck="true"></textarea>` +
      '<p class="studio-message" role="alert"></p><div class="studio-buttons">' +
      '<button type="submit">Save</button>' +
      '<button type="button" class="studio-quiet" data-action="cancel">Cancel</button></div>';
    form.querySelector('label').textContent = mode === 'edit'
      ? `Words in row ${row + 1}. Write each sentence on its own line.`
      : `Words for a new row after row ${row + 1}. Write each sentence on its own line.`;
    const area = form.querySelector('textarea');
    area.value = form.dataset.original;
    area.rows = Math.max(3, area.value.split('\n').length + 1);
    box.hidden = true;
    box.after(form);
    area.focus();
  }

  function closeEditor(giveFocus) {
    const form = editor();
    if (!form) return;
    const row = Number(form.dataset.row);
    const mode = form.dataset.mode;
    const box = buttonsFor(row);
    form.remove();
    if (box) box.hidden = false;
    if (giveFocus) focusRow({ row, action: mode });
    if (pending) redraw();
  }

  function saveEditor(form) {
    const row = Number(form.dataset.row);
    const text = form.querySelector('textarea').value;
    if (form.dataset.mode === 'edit') {
      change({ op: 'text', row, text }, { row, action: 'edit' });
    } else {
      change({ op: 'add', row, text }, { row: row + 1, action: 'picture' });
    }
  }

  // Choosing a picture.
  function firstWords(text) {
    return (text || '').split('\n')[0].slice(0, 120);
  }

  function openPictures(row) {
    const box = buttonsFor(row);
    const dialog = byId('studio-picture');
    pictureRow = row;
    chosen = null;
    const input = byId('studio-search');
    input.value = firstWords(box.dataset.words);
    byId('studio-use').disabled = true;
    byId('studio-no-picture').hidden = box.dataset.hasPicture !== 'yes';
    byId('studio-picture-title').textContent = `Choose a picture for row ${row + 1}`;
    dialog.showModal();
    input.focus();
    input.select();
    search(input.value);
  }

  let searchNumber = 0;

  async function search(words) {
    const found = byId('studio-found');
    const list = byId('studio-results');
    const number = ++searchNumber;
    if (!words.trim()) {
      list.replaceChildren();
      list.dataset.query = '';
      found.textContent = 'Type a word to find pictures.';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const response = await fetch('/api/pictures?q=' + encodeURIComponent(words));
    const data = await response.json();
    // An older search that answers late must not replace the newer results.
    if (number !== searchNumber) return;
    list.removeAttribute('aria-busy');
    list.dataset.query = words;
    const items = data.pictures.map((picture) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.name = picture.name;
      button.setAttribute('aria-pressed', 'false');
      const image = document.createElement('img');
      image.src = picture.url;
      image.alt = '';
      const label = document.createElement('span');
      label.textContent = picture.alt;
      button.append(image, label);
      item.append(button);
      return item;
    });
    list.replaceChildren(...items);
    chosen = null;
    byId('studio-use').disabled = true;
    found.textContent = items.length
      ? `${items.length} picture${items.length === 1 ? '' : 's'} found. Choose one, then press Use this picture.`
      : 'No pictures found. Try another word.';
  }

  function choose(button) {
    for (const other of byId('studio-results').querySelectorAll('button')) {
      other.setAttribute('aria-pressed', other === button ? 'true' : 'false');
    }
    chosen = button.dataset.name;
    byId('studio-use').disabled = false;
  }

  function closePictures() {
    const dialog = byId('studio-picture');
    if (dialog && dialog.open) dialog.close();
  }

  async function removeRow(row) {
    const box = buttonsFor(row);
    const words = firstWords(box.dataset.words);
    const yes = await ask('Remove this row?',
      `Row ${row + 1} says: "${words}". It will be taken out of the booklet file. ` +
      'You can bring it back with Undo last change.', 'Yes, remove it', 'No, keep it');
    if (yes) change({ op: 'remove', row }, { row, action: 'edit' });
    else focusRow({ row, action: 'remove' });
  }

  async function undo() {
    const { code, data } = await send('/api/undo', {});
    if (code === 200) { saved(data); await redraw(); say('Your last change was undone.'); return; }
    if (code === 409) say('Undo is not possible: the file was changed after your last change.');
    else say(data.error || 'Undo did not work.');
    catchUp();
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.closest('#studio-results')) {
      choose(button);
      if (event.detail === 2) button.closest('form').querySelector('#studio-use').click();
      return;
    }
    const row = Number(button.dataset.row);
    switch (button.dataset.action) {
      case 'edit': openEditor(row, 'edit'); break;
      case 'add': openEditor(row, 'add'); break;
      case 'picture': openPictures(row); break;
      case 'remove': removeRow(row); break;
      case 'undo': undo(); break;
      case 'review': window.location.assign('/review'); break;
      case 'cancel': closeEditor(true); break;
      case 'close': closePictures(); break;
      case 'use-picture':
        if (chosen) {
          closePictures();
          change({ op: 'picture', row: pictureRow, picture: chosen }, { row: pictureRow, action: 'picture' });
        }
        break;
      case 'no-picture':
        closePictures();
        change({ op: 'picture', row: pictureRow, picture: null }, { row: pictureRow, action: 'picture' });
        break;
      default: break;
    }
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.classList.contains('studio-editor')) {
      event.preventDefault();
      saveEditor(form);
    } else if (form.id === 'studio-search-form') {
      event.preventDefault();
      search(byId('studio-search').value);
    }
  });

  document.addEventListener('input', (event) => {
    if (event.target.id !== 'studio-search') return;
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => search(event.target.value), 350);
  });

  document.addEventListener('keydown', (event) => {
    const form = event.target.closest && event.target.closest('.studio-editor');
    if (!form) return;
    if (event.key === 'Escape' && !dirty()) { event.preventDefault(); closeEditor(true); }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      saveEditor(form);
    }
  });

  document.addEventListener('close', (event) => {
    if (event.target.id === 'studio-picture' && pictureRow !== null) {
      if (pending) redraw(); else focusRow({ row: pictureRow, action: 'picture' });
    }
  }, true);

  window.addEventListener('beforeunload', (event) => {
    if (dirty()) { event.preventDefault(); event.returnValue = ''; }
  });

  const events = new EventSource('/events');
  events.addEventListener('change', (event) => {
    const data = JSON.parse(event.data);
    if (saving) { missed = String(data.version); return; }
    if (String(data.version) !== String(version)) redraw();
  });
})();
