// Keeps the location lists in step with the producer's choices: region -> districts -> aiyl aimaks
// -> villages. The server renders the lists for the saved values, so without JavaScript the form
// still works; this only saves a round trip when a level changes.
(function () {
  const box = document.querySelector('.location[data-territories]');
  if (!box) return;
  const url = box.dataset.territories;
  const lang = (document.documentElement.lang || 'ky').slice(0, 2);
  const levels = ['district', 'aiylAimak', 'village'].map(id => ({
    input: document.getElementById(id), list: document.getElementById(id + '-choices'), pending: null
  }));

  function fill(level, choices) {
    level.list.replaceChildren(...choices.map(t => {
      const option = document.createElement('option');
      option.value = lang === 'ru' ? t.nameRu : lang === 'en' ? t.nameEn : t.nameKy;
      option.dataset.code = t.code;
      // The server accepts a name in any of the three languages; so does the lookup below.
      option.dataset.names = [t.nameKy, t.nameRu, t.nameEn].join('|').toLowerCase();
      return option;
    }));
  }

  function chosen(level) {
    const text = level.input.value.trim().replace(/\s+/g, ' ').toLowerCase();
    const option = [...level.list.options].find(o => (o.dataset.names || o.value.toLowerCase()).split('|').includes(text));
    return option ? option.dataset.code : null;
  }

  async function load(index, query) {
    levels.slice(index).forEach(level => {
      // A slow answer to an earlier choice must not overwrite the list for the current one.
      if (level.pending) level.pending.abort();
      level.pending = null;
      fill(level, []);
    });
    if (!query) return;
    const level = levels[index];
    level.pending = new AbortController();
    try {
      const response = await fetch(url + '?' + query, { headers: { Accept: 'application/json' }, signal: level.pending.signal });
      if (response.ok) fill(level, await response.json());
    } catch (e) {
      // Offline, slow or superseded: the fields stay free text and the server checks them.
    }
  }

  const region = document.getElementById('region');
  region.addEventListener('change', () => load(0, region.value && 'region=' + encodeURIComponent(region.value)));
  levels.slice(0, 2).forEach((level, i) => level.input.addEventListener('change', () => {
    const code = chosen(level);
    load(i + 1, code && 'parent=' + encodeURIComponent(code));
  }));
})();
