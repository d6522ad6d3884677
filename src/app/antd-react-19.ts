import { unstableSetRender } from 'antd'
import { createRoot, type Root } from 'react-dom/client'

// antd 5 renders its wave effect and pop-ups with ReactDOM.render, which React 19 removed;
// this is antd's documented hook for giving it createRoot instead.
const roots = new WeakMap<Element | DocumentFragment, Root>()

unstableSetRender((node, container) => {
  let root = roots.get(container)
  if (!root) {
    root = createRoot(container)
    roots.set(container, root)
  }
  root.render(node)
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
    root.unmount()
    roots.delete(container)
  }
})
