// The reader page's two inline scripts (hashed into its CSP). The page works without them: modes
// switch by CSS radio buttons, term pop-ups open on hover and focus. The scripts add what needs state.

/**
 * Runs right after the mode radios, before the article is parsed: restores the remembered mode, so
 * the first layout already has it (no shift), and remembers each change.
 */
export const MODE_SCRIPT = `(function(){var K='reading-mode',m;try{m=localStorage.getItem(K)}catch(e){}
var r=m&&document.getElementById('mode-'+m);if(r&&r.name==='mode')r.checked=true;
document.addEventListener('change',function(e){var t=e.target;if(t&&t.name==='mode'){try{localStorage.setItem(K,t.value)}catch(x){}}});})();`;

/**
 * Runs at the end: highlights a sentence and its counterpart on hover and focus, writes a sentence
 * pair's permalink into the address bar on click (or Enter) and highlights the pair a link points
 * at; makes the sentences of the column being read one tab stop and the term marks another, each
 * with the arrow keys inside (roving tabindex); keeps pop-ups inside the viewport.
 */
export const PAGE_SCRIPT = `(function(){var d=document;
function pairOf(el){return el&&el.closest?el.closest('[data-u]'):null}
function mark(id,cls,on){var a=d.querySelectorAll('[data-u="'+id+'"]');for(var i=0;i<a.length;i++)a[i].classList.toggle(cls,on)}
function hover(e,on){var s=pairOf(e.target);if(s)mark(s.getAttribute('data-u'),'is-pair',on)}
d.addEventListener('mouseover',function(e){hover(e,true);place(e.target)});
d.addEventListener('mouseout',function(e){hover(e,false)});
d.addEventListener('focusin',function(e){hover(e,true);place(e.target)});
d.addEventListener('focusout',function(e){hover(e,false);var t=e.target;if(t.classList)t.classList.remove('tip-off')});
function target(){var o=d.querySelectorAll('.is-target');for(var i=0;i<o.length;i++)o[i].classList.remove('is-target');
var id=decodeURIComponent(location.hash.slice(1));if(/^[A-Za-z][A-Za-z0-9_-]*$/.test(id))mark(id,'is-target',true)}
function link(s){history.replaceState(null,'','#'+s.getAttribute('data-u'));target()}
d.addEventListener('click',function(e){if(!e.target.closest||e.target.closest('a,.term,label,input'))return;var s=pairOf(e.target);
if(!s||String(getSelection()))return;link(s);if(s.classList.contains('s'))rove('.s[data-u]',sentences(),s)});
addEventListener('hashchange',target);target();
function shown(sel){var a=d.querySelectorAll(sel),v=[];for(var i=0;i<a.length;i++)if(a[i].getClientRects().length)v.push(a[i]);return v}
function terms(){return shown('.term')}
function sentences(){var v=shown('.de .s[data-u]');return v.length?v:shown('.en .s[data-u]')}
function rove(sel,v,cur){var a=d.querySelectorAll(sel);for(var i=0;i<a.length;i++)a[i].tabIndex=-1;if(v.length)(v.indexOf(cur)>=0?cur:v[0]).tabIndex=0}
function current(v){for(var i=0;i<v.length;i++)if(v[i].tabIndex===0)return v[i]}
function roving(){var t=terms(),s=sentences();rove('.term',t,current(t));rove('.s[data-u]',s,current(s))}
d.addEventListener('change',function(e){if(e.target&&e.target.name==='mode')roving()});roving();
d.addEventListener('keydown',function(e){var t=e.target,isTerm=t.classList&&t.classList.contains('term');if(!isTerm&&!(t.classList&&t.classList.contains('s')))return;
if(e.key==='Escape'&&isTerm){t.classList.add('tip-off');return}
if(e.key==='Enter'&&!isTerm){link(t);return}
var v=isTerm?terms():sentences(),i=v.indexOf(t),n=e.key==='ArrowRight'||e.key==='ArrowDown'?i+1:e.key==='ArrowLeft'||e.key==='ArrowUp'?i-1:e.key==='Home'?0:e.key==='End'?v.length-1:-1;
if(n<0||n>=v.length||i<0)return;e.preventDefault();t.tabIndex=-1;v[n].tabIndex=0;v[n].focus()});
function place(el){var t=el&&el.closest?el.closest('.term'):null,tip=t&&t.querySelector('.term-tip');if(!tip)return;
tip.style.left='';tip.style.display='block';var r=tip.getBoundingClientRect(),w=d.documentElement.clientWidth,over=r.right-(w-8);
if(over>0)tip.style.left=-Math.min(over,r.left-8)+'px';tip.style.display=''}
})();`;
